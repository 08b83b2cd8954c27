using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace KlingGenerated;

// A small versioned JSON string, so a token saved today still resumes after the enum or the
// operation type changes, and a person reading a database row can tell what it points to.
internal static class TaskRehydrationToken
{
    private const int Version = 1;

    public static string Create(KlingRoute route, string id, string? externalTaskId)
    {
        var token = new JObject { ["v"] = Version, ["route"] = route.PathName(), ["id"] = id };
        if (!string.IsNullOrEmpty(externalTaskId))
        {
            token["external_task_id"] = externalTaskId;
        }

        return token.ToString(Formatting.None);
    }

    public static (KlingRoute Route, string Id, string? ExternalTaskId) Parse(string token)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        JObject json;
        try
        {
            json = JObject.Parse(token);
        }
        catch (JsonException ex)
        {
            throw new ArgumentException("This is not a Kling task rehydration token (not JSON).", nameof(token), ex);
        }

        if (json.Value<int?>("v") != Version
            || !KlingRoutes.TryParsePathName(json.Value<string>("route"), out var route)
            || json.Value<string>("id") is not { Length: > 0 } id)
        {
            throw new ArgumentException($"This is not a version {Version} Kling task rehydration token: {token}", nameof(token));
        }

        return (route, id, json.Value<string>("external_task_id"));
    }
}
