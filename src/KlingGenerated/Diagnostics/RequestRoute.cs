namespace KlingGenerated;

// Names a call for logs and traces: the route after "v1/" (videos/image2video) and, for a query, the
// task id. A request the generated client made says so itself (KlingCall), and so does the create
// safety's lookup; only a request neither made (a user's own call through the handlers) is named from its
// URL. Computed only when someone listens, since it allocates.
internal static class RequestRoute
{
    public static string Of(HttpRequestMessage? request) => KlingCall.Of(request)?.RouteName ?? Of(request?.RequestUri);

    /// <summary>create, query (one task) or list.</summary>
    public static string OperationOf(HttpRequestMessage request, string route) =>
        KlingCall.Of(request)?.OperationName ?? OperationOf(request.Method, route);

    /// <summary>The task id (or external_task_id) of a query.</summary>
    public static string? TaskIdOf(HttpRequestMessage request, string route) =>
        KlingCall.Of(request) is { } call ? call.TaskId : TaskIdOf(route);

    private static string Of(Uri? uri)
    {
        if (uri is null)
        {
            return "?";
        }

        var path = uri.IsAbsoluteUri ? uri.AbsolutePath : uri.OriginalString.Split('?', 2)[0];
        var v1 = path.IndexOf("v1/", StringComparison.Ordinal);
        return v1 < 0 ? path : path[(v1 + 3)..];
    }

    // From the method and the number of route segments.
    private static string OperationOf(HttpMethod method, string route)
    {
        if (method == HttpMethod.Post)
        {
            return "create";
        }

        return route.Count(c => c == '/') >= 2 ? "query" : "list";
    }

    // The last segment of a query route such as videos/image2video/{id}.
    private static string? TaskIdOf(string route)
    {
        var parts = route.Split('/');
        return parts.Length >= 3 ? Uri.UnescapeDataString(parts[^1]) : null;
    }
}
