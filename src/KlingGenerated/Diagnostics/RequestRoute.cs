namespace KlingGenerated;

// Names a call for logs and traces from its URL: the route after "v1/" (videos/image2video) and, for
// a query, the task id. Computed only when someone listens, since it allocates.
internal static class RequestRoute
{
    public static string Of(Uri? uri)
    {
        if (uri is null)
        {
            return "?";
        }

        var path = uri.IsAbsoluteUri ? uri.AbsolutePath : uri.OriginalString.Split('?', 2)[0];
        var v1 = path.IndexOf("v1/", StringComparison.Ordinal);
        return v1 < 0 ? path : path[(v1 + 3)..];
    }

    /// <summary>create, query (one task) or list, from the method and the number of route segments.</summary>
    public static string OperationOf(HttpMethod method, string route)
    {
        if (method == HttpMethod.Post)
        {
            return "create";
        }

        return route.Count(c => c == '/') >= 2 ? "query" : "list";
    }

    /// <summary>The task id (or external_task_id) of a query route such as videos/image2video/{id}.</summary>
    public static string? TaskIdOf(string route)
    {
        var parts = route.Split('/');
        return parts.Length >= 3 ? Uri.UnescapeDataString(parts[^1]) : null;
    }
}
