namespace KlingGenerated;

// A create's external_task_id travels on its body: the content CreateJsonContent makes (which sees
// the request object) carries it, so the transport can look the task up without parsing the body,
// whatever kind of HttpContent carries it, and without any per-call bookkeeping on the request.
internal interface IExternalTaskIdContent
{
    /// <summary>The id of the create this content is the body of, or null.</summary>
    string? ExternalTaskId { get; }
}

internal static class ExternalTaskIdOption
{
    public static bool TryGet(HttpRequestMessage request, out string externalTaskId)
    {
        externalTaskId = (request.Content as IExternalTaskIdContent)?.ExternalTaskId!;
        return !string.IsNullOrEmpty(externalTaskId);
    }
}
