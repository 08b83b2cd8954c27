namespace KlingGenerated;

// The spec's routes are CometAPI's (/kling/v1/...); Kling's own endpoint serves the same operations
// under /v1/... The seed route /kling/v1/images/generations (multi-image to image, as CometAPI first
// routed it) has no official twin with that body: officially that operation is
// /v1/images/multi-image2image, for its create, its queries and its list alike.
internal static class OfficialEndpointPaths
{
    private const string GatewayPrefix = "/kling/v1/";
    private const string SeedRoute = "/v1/images/generations";
    private const string OfficialRoute = "/v1/images/multi-image2image";

    public static Uri Map(Uri uri)
    {
        if (!uri.IsAbsoluteUri)
        {
            return uri;
        }

        var path = uri.AbsolutePath;
        var at = path.IndexOf(GatewayPrefix, StringComparison.Ordinal);
        if (at < 0)
        {
            return uri;
        }

        var route = path[(at + "/kling".Length)..];
        if (route == SeedRoute || route.StartsWith(SeedRoute + "/", StringComparison.Ordinal))
        {
            route = OfficialRoute + route[SeedRoute.Length..];
        }

        return new Uri(uri.GetLeftPart(UriPartial.Authority) + path[..at] + route + uri.Query);
    }
}
