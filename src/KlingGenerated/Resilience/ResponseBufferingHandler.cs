namespace KlingGenerated;

// Reads each response body inside the attempt. Microsoft's ResilienceHandler returns once the headers
// are in, so without this a body that breaks off (a malformed chunk, a connection closed mid-body) or
// arrives too late would fail after the pipeline had judged the attempt a success. Read here, it is a
// failed attempt the pipeline sees and retries, within the attempt timeout, and the predicates and the
// create safety read Kling's business code from the buffered body. It is also the one place every answer
// passes, so the size limit holds here: nothing larger than maxResponseBytes is ever held in memory.
internal sealed class ResponseBufferingHandler(long maxResponseBytes) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        RetryBudget.MarkStart(request);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            await ResponseBody.BufferAsync(response, maxResponseBytes, cancellationToken).ConfigureAwait(false);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}
