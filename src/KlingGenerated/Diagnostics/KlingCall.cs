namespace KlingGenerated;

/// <summary>What kind of call a generated operation makes.</summary>
internal enum KlingCallKind
{
    Create,
    Query,
    List,
}

// What a request is, as the generated operation that made it knows it: its route, its kind and, for a
// query, the task id. The operation stamps it on the request (Templates/Client.Class.liquid), and the
// handlers, logs and exceptions read it there instead of working it out again from the URL, which the
// official endpoint rewrites on the way. RequestRoute parses the URL only for a request without a stamp.
internal sealed record KlingCall(KlingRoute Route, KlingCallKind Kind, string? TaskId)
{
    private static readonly HttpRequestOptionsKey<KlingCall> Key = new("Kling.Call");

    /// <summary>The route below v1/ as logs and traces name it, with the task id of a query: videos/image2video/{id}. Made only when someone logs.</summary>
    public string RouteName => TaskId is null ? Route.PathName() : Route.PathName() + "/" + Uri.EscapeDataString(TaskId);

    /// <summary>create, query or list, as logs and traces name it.</summary>
    public string OperationName => Kind switch
    {
        KlingCallKind.Create => "create",
        KlingCallKind.Query => "query",
        _ => "list",
    };

    /// <summary>Called by every generated operation with the spec's path of the operation.</summary>
    public static void Stamp(HttpRequestMessage request, string operationPath, KlingCallKind kind, string? taskId)
    {
        if (KlingRoutes.TryParseOperationPath(operationPath, out var route))
        {
            request.Options.Set(Key, new KlingCall(route, kind, taskId));
        }
    }

    public void StampOn(HttpRequestMessage request) => request.Options.Set(Key, this);

    public static KlingCall? Of(HttpRequestMessage? request) =>
        request is not null && request.Options.TryGetValue(Key, out var call) ? call : null;
}
