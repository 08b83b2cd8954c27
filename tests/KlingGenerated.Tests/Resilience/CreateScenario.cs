using KlingGenerated.Testing;
using Newtonsoft.Json.Linq;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace KlingGenerated.Tests.Resilience;

/// <summary>
/// WireMock.Net stubs for one logical create, in a scenario of its own: the first POST gets a fault; then
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

    public void FirstPostAnswers(IResponseBuilder response) => Add("POST", route.Path, null, AfterFirstPost, response);

    public void LookupFindsTask() => Add("GET", LookupPath, AfterFirstPost, AfterLookup, Json(200, Task(FoundTaskId, "processing")));

    public void LookupFindsNothing(IResponseBuilder? response = null) =>
        Add("GET", LookupPath, AfterFirstPost, AfterLookup, response ?? Json(404, new JObject { ["code"] = 1203, ["message"] = "task not found", ["request_id"] = "req-1203" }));

    /// <summary>The resend succeeds: after a lookup that found nothing, or right after the first POST when no lookup is due.</summary>
    public void SecondPostSucceeds(bool afterLookup) =>
        Add("POST", route.Path, afterLookup ? AfterLookup : AfterFirstPost, "Done", Json(200, Task(SecondTaskId, "submitted")));

    public int Posts() => server.CountRequests("POST", route.Path);

    public int Lookups() => server.CountRequests("GET", LookupPath);

    public static IResponseBuilder Fault(SandboxFault fault) => Response.Create().WithTransportFault(fault);

    public static IResponseBuilder Json(int status, JObject body, IDictionary<string, string>? headers = null)
    {
        var response = Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body.ToString(Newtonsoft.Json.Formatting.None));
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            response = response.WithHeader(name, value);
        }

        return response;
    }

    public static IResponseBuilder Refusal(int status, int klingCode, string? retryAfter = null) =>
        Json(status, new JObject { ["code"] = klingCode, ["message"] = "refused", ["request_id"] = "req-" + klingCode },
            retryAfter is null ? null : new Dictionary<string, string> { ["Retry-After"] = retryAfter });

    public static IResponseBuilder Html(int status) => Response.Create()
        .WithStatusCode(status)
        .WithHeader("Content-Type", "text/html")
        .WithBody("<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>");

    /// <summary>The created task, answered only after the client's attempt timeout has passed.</summary>
    public static IResponseBuilder Slow(int milliseconds) =>
        Json(200, Task(FoundTaskId, "submitted")).WithLateAnswer(TimeSpan.FromMilliseconds(milliseconds));

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

    /// <summary>A stub in this scenario; a null <paramref name="requiredState"/> is the scenario's start.</summary>
    private void Add(string method, string path, string? requiredState, string newState, IResponseBuilder response)
    {
        var stub = server.Given(Request.Create().WithPath(path).UsingMethod(method)).AtPriority(1).InScenario(_scenario);
        if (requiredState is not null)
        {
            stub = stub.WhenStateIs(requiredState);
        }

        stub.WillSetStateTo(newState).RespondWith(response);
    }
}
