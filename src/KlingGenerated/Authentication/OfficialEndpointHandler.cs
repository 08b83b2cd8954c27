namespace KlingGenerated;

// Rewrites the gateway's routes to Kling's own on every attempt (see OfficialEndpointPaths). The
// rewrite is idempotent, so a retried request that already carries an official path is left alone.
internal sealed class OfficialEndpointHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { } uri)
        {
            request.RequestUri = OfficialEndpointPaths.Map(uri);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
