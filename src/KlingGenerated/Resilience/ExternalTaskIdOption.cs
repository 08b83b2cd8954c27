using System.Runtime.CompilerServices;

namespace KlingGenerated;

// Carries a create's external_task_id from where the body is made (CreateJsonContent, which sees the
// request object) to the HttpRequestMessage (PrepareRequest, which does not), so the transport can
// look the task up without parsing the body, whatever kind of HttpContent carries it.
internal static class ExternalTaskIdOption
{
    /// <summary>The request option holding a create's external_task_id.</summary>
    public static readonly HttpRequestOptionsKey<string> Key = new("Kling.ExternalTaskId");

    private static readonly ConditionalWeakTable<HttpContent, string> Pending = new();

    /// <summary>Remembers the id of the create this content is the body of.</summary>
    public static void Attach(HttpContent content, string? externalTaskId)
    {
        if (!string.IsNullOrEmpty(externalTaskId))
        {
            Pending.AddOrUpdate(content, externalTaskId);
        }
    }

    /// <summary>Moves the id of the request's content, if any, into the request's options.</summary>
    public static void MoveToOptions(HttpRequestMessage request)
    {
        if (request.Content is { } content && Pending.TryGetValue(content, out var id))
        {
            Pending.Remove(content);
            request.Options.Set(Key, id);
        }
    }

    public static bool TryGet(HttpRequestMessage request, out string externalTaskId) =>
        request.Options.TryGetValue(Key, out externalTaskId!) && !string.IsNullOrEmpty(externalTaskId);
}
