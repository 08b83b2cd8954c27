using KlingGenerated.Testing;
using Newtonsoft.Json.Linq;

namespace KlingGenerated.Tests.Resilience;

/// <summary>
/// WireMock stubs for one logical create, in a scenario of its own: the first POST gets a fault; then
/// a lookup by external_task_id finds the task or not; then a second POST succeeds. Any request the
/// client should not send falls through to the contract mappings and shows up in the counts.
/// </summary>
public sealed class CreateScenario(WireMockServer server, CreateRoute route)
{
    public const string FoundTaskId = "task-found-by-lookup";
    public const string SecondTaskId = "task-from-second-create";
    private const string AfterFirstPost = "AfterFirstPost";
    private const string AfterLookup = "AfterLookup";

    private readonly string _scenario = "create-" + Guid.NewGuid().ToString("N");

    public string ExternalTaskId { get; } = "ext-" + Guid.NewGuid().ToString("N");

    public string LookupPath => route.Path + "/" + ExternalTaskId;

    public Task FirstPostAnswersAsync(JObject response) => AddAsync("POST", route.Path, "Started", AfterFirstPost, response);

    public Task LookupFindsTaskAsync() => AddAsync("GET", LookupPath, AfterFirstPost, AfterLookup, Json(200, Task(FoundTaskId, "processing")));

    public Task LookupFindsNothingAsync(JObject? response = null) =>
        AddAsync("GET", LookupPath, AfterFirstPost, AfterLookup, response ?? Json(404, new JObject { ["code"] = 1203, ["message"] = "task not found", ["request_id"] = "req-1203" }));

    /// <summary>The resend succeeds: after a lookup that found nothing, or right after the first POST when no lookup is due.</summary>
    public Task SecondPostSucceedsAsync(bool afterLookup) =>
        AddAsync("POST", route.Path, afterLookup ? AfterLookup : AfterFirstPost, "Done", Json(200, Task(SecondTaskId, "submitted")));

    public Task<int> PostsAsync() => server.CountRequestsAsync("POST", route.Path);

    public Task<int> LookupsAsync() => server.CountRequestsAsync("GET", LookupPath);

    public static JObject Fault(string fault) => new() { ["fault"] = fault };

    public static JObject Json(int status, JObject body, JObject? headers = null)
    {
        headers ??= [];
        headers["Content-Type"] = "application/json";
        return new JObject { ["status"] = status, ["headers"] = headers, ["jsonBody"] = body };
    }

    public static JObject Refusal(int status, int klingCode, string? retryAfter = null) =>
        Json(status, new JObject { ["code"] = klingCode, ["message"] = "refused", ["request_id"] = "req-" + klingCode },
            retryAfter is null ? null : new JObject { ["Retry-After"] = retryAfter });

    public static JObject Html(int status) => new()
    {
        ["status"] = status,
        ["headers"] = new JObject { ["Content-Type"] = "text/html" },
        ["body"] = "<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>",
    };

    /// <summary>The created task, answered only after the client's attempt timeout has passed.</summary>
    public static JObject Slow(int milliseconds)
    {
        var response = Json(200, Task(FoundTaskId, "submitted"));
        response["fixedDelayMilliseconds"] = milliseconds;
        return response;
    }

    public static JObject Task(string taskId, string status) => new()
    {
        ["code"] = 0,
        ["message"] = "SUCCEED",
        ["request_id"] = "req-" + taskId,
        ["data"] = new JObject
        {
            ["task_id"] = taskId,
            ["task_status"] = status,
            ["task_info"] = new JObject(),
            ["created_at"] = 1773380633979,
            ["updated_at"] = 1773380633979,
        },
    };

    private Task AddAsync(string method, string path, string requiredState, string newState, JObject response) =>
        server.AddMappingAsync(new JObject
        {
            ["priority"] = 1,
            ["scenarioName"] = _scenario,
            ["requiredScenarioState"] = requiredState,
            ["newScenarioState"] = newState,
            ["request"] = new JObject { ["method"] = method, ["urlPath"] = path },
            ["response"] = response,
        });
}
