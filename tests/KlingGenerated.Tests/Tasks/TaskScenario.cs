using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace KlingGenerated.Tests.Tasks;

/// <summary>
/// Builds a WireMock.Net scenario that takes one task through a list of query answers, one per GET, the
/// last repeated forever: "submitted", "processing", ... as Kling would answer them.
/// </summary>
internal sealed class TaskScenario(string path)
{
    private readonly string _name = "task-" + Guid.NewGuid().ToString("N");

    // A builder is filled in as it is used, so each mapping gets a fresh one.
    private readonly List<Func<IResponseBuilder>> _responses = [];

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
        var body = new JObject { ["code"] = 0, ["message"] = "SUCCEED", ["request_id"] = "req-" + _responses.Count, ["data"] = data }
            .ToString(Formatting.None);
        var extra = new Dictionary<string, string>(headers ?? new Dictionary<string, string>());
        _responses.Add(() =>
        {
            var response = Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json");
            foreach (var (name, value) in extra)
            {
                response = response.WithHeader(name, value);
            }

            return response.WithBody(body);
        });
        return this;
    }

    /// <summary>Any WireMock.Net response (an error status, a fault ...); called once per mapping that answers with it.</summary>
    public TaskScenario ThenRespond(Func<IResponseBuilder> response)
    {
        ArgumentNullException.ThrowIfNull(response);
        _responses.Add(response);
        return this;
    }

    /// <summary>
    /// One mapping per answer. WireMock.Net's start state has no name (its first mapping asks for no
    /// state), every mapping must set a next state (the start one cannot be named), and a mapping
    /// without one sends the scenario back to the start: so the last answer sets its own state again,
    /// and a lone answer is given once from the start and then from a state of its own.
    /// </summary>
    public void Load(WireMockServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        if (_responses.Count == 0)
        {
            throw new InvalidOperationException("A task scenario needs at least one answer.");
        }

        var last = _responses.Count - 1;
        for (var i = 0; i <= last; i++)
        {
            Add(server, i == 0 ? null : Step(i), i < last ? Step(i + 1) : Step(Math.Max(last, 1)), _responses[i]);
        }

        if (last == 0)
        {
            Add(server, Step(1), Step(1), _responses[0]);
        }
    }

    private void Add(WireMockServer server, string? requiredState, string nextState, Func<IResponseBuilder> response)
    {
        var mapping = server.Given(Request.Create().WithPath(Path).UsingGet()).AtPriority(1).InScenario(_name);
        if (requiredState is not null)
        {
            mapping = mapping.WhenStateIs(requiredState);
        }

        mapping.WillSetStateTo(nextState).RespondWith(response());
    }

    private static string Step(int index) => "step-" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static JObject Video(string url = "https://cdn.example/v.mp4") =>
        new() { ["videos"] = new JArray(new JObject { ["id"] = "v1", ["url"] = url, ["duration"] = "5" }) };

    public static JObject Images(params string[] urls) =>
        new() { ["images"] = new JArray(urls.Select((u, i) => new JObject { ["index"] = i, ["url"] = u })) };
}

internal static class TaskIds
{
    public const string Video = "861309198188019719";
    public const string Image = "861309198188020001";
}
