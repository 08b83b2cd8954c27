using KlingGenerated.Testing;
using Newtonsoft.Json.Linq;

namespace KlingGenerated.Tests.Tasks;

/// <summary>
/// Builds a WireMock scenario that takes one task through a list of query answers, one per GET, the
/// last repeated forever: "submitted", "processing", ... as Kling would answer them.
/// </summary>
internal sealed class TaskScenario(string path)
{
    private readonly string _name = "task-" + Guid.NewGuid().ToString("N");
    private readonly List<JObject> _responses = [];

    public string Path { get; } = path;

    /// <summary>A 200 answer with the task in the given status.</summary>
    public TaskScenario Then(string status, string taskId = TaskIds.Video, JObject? result = null, string? statusMessage = null,
        string? externalTaskId = null, IDictionary<string, string>? headers = null)
    {
        var data = new JObject
        {
            ["task_id"] = taskId,
            ["task_status"] = status,
            ["task_status_msg"] = statusMessage ?? string.Empty,
            ["task_info"] = externalTaskId is null ? new JObject() : new JObject { ["external_task_id"] = externalTaskId },
            ["task_result"] = result ?? new JObject(),
            ["created_at"] = 1773380633979,
            ["updated_at"] = 1773380712345,
        };
        var body = new JObject { ["code"] = 0, ["message"] = "SUCCEED", ["request_id"] = "req-" + _responses.Count, ["data"] = data };
        var response = new JObject { ["status"] = 200, ["headers"] = Headers(headers), ["jsonBody"] = body };
        _responses.Add(response);
        return this;
    }

    /// <summary>Any WireMock response definition (an error status, a fault ...).</summary>
    public TaskScenario ThenRespond(JObject response)
    {
        _responses.Add(response);
        return this;
    }

    public async Task LoadAsync(WireMockServer server)
    {
        var mappings = new JArray();
        for (var i = 0; i < _responses.Count; i++)
        {
            var last = i == _responses.Count - 1;
            var mapping = new JObject
            {
                ["priority"] = 1,
                ["scenarioName"] = _name,
                ["requiredScenarioState"] = i == 0 ? "Started" : "step-" + i,
                ["request"] = new JObject { ["method"] = "GET", ["urlPath"] = Path },
                ["response"] = _responses[i],
            };
            if (!last)
            {
                mapping["newScenarioState"] = "step-" + (i + 1);
            }

            mappings.Add(mapping);
        }

        await server.ImportMappingsAsync(mappings);
    }

    public static JObject Video(string url = "https://cdn.example/v.mp4") =>
        new() { ["videos"] = new JArray(new JObject { ["id"] = "v1", ["url"] = url, ["duration"] = "5" }) };

    public static JObject Images(params string[] urls) =>
        new() { ["images"] = new JArray(urls.Select((u, i) => new JObject { ["index"] = i, ["url"] = u })) };

    private static JObject Headers(IDictionary<string, string>? extra)
    {
        var headers = new JObject { ["Content-Type"] = "application/json" };
        foreach (var (name, value) in extra ?? new Dictionary<string, string>())
        {
            headers[name] = value;
        }

        return headers;
    }
}

internal static class TaskIds
{
    public const string Video = "861309198188019719";
    public const string Image = "861309198188020001";
}
