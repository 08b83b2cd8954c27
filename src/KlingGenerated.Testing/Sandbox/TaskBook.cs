using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace KlingGenerated.Testing;

/// <summary>
/// The sandbox's per-task state. WireMock routes, checks and journals every request; the requests
/// that need memory (a create, a query, a list) reach this book through the desk WireMock proxies to.
/// </summary>
/// <remarks>
/// Why state lives here: a query must find a task by the external_task_id its create carried, and a
/// list must return the tasks created so far. WireMock's templating sees one request at a time and its
/// scenarios hold a name, not data, so no stateless mapping can answer either.
/// </remarks>
internal sealed class TaskBook(KlingSandboxOptions options, TaskResponses responses, SpecRequestSchemas schemas, TimeProvider clock, CallbackCourier courier)
{
    private readonly Lock _gate = new();
    private readonly List<SandboxTask> _tasks = [];
    private readonly Dictionary<string, (KlingRoute Route, KlingTaskScript Script)> _scripts = new(StringComparer.Ordinal);
    private readonly long _idBase = clock.GetUtcNow().ToUnixTimeMilliseconds() * 100_000;
    private long _sequence;

    /// <summary>Where result media are served, ending with '/'; set once WireMock has its port.</summary>
    public Uri MediaRoot { get; set; } = new("http://127.0.0.1/sandbox/media/");

    /// <summary>A new task id, digits like Kling's (larger than 2^53), unique across sandboxes started at different milliseconds.</summary>
    public string NewTaskId() => (_idBase + Interlocked.Increment(ref _sequence)).ToString(CultureInfo.InvariantCulture);

    public void AddScript(string taskId, KlingRoute route, KlingTaskScript script)
    {
        lock (_gate)
        {
            _scripts[taskId] = (route, script);
        }
    }

    public string? ExternalTaskIdOf(string taskId)
    {
        lock (_gate)
        {
            return _tasks.FirstOrDefault(t => t.TaskId == taskId)?.ExternalTaskId;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _tasks.Clear();
            _scripts.Clear();
            courier.Clear();
        }
    }

    public DeskAnswer Create(KlingRoute route, string body, string? scriptedTaskId)
    {
        var request = JObject.Parse(body);
        lock (_gate)
        {
            KlingTaskScript? script = null;
            var taskId = NewTaskId();
            if (scriptedTaskId is not null && _scripts.Remove(scriptedTaskId, out var scripted))
            {
                (taskId, script) = (scriptedTaskId, scripted.Script);
            }

            if (script?.CreateRefusal is { } refusal)
            {
                return DeskAnswer.Json(refusal.HttpStatus, TaskResponses.Error(refusal.Code, refusal.Message));
            }

            // external_task_id is unique per account, so a second create with the same one is refused
            // rather than silently making a duplicate: that is what makes a retried create safe.
            if (request.Value<string>("external_task_id") is { } external && _tasks.Any(t => t.Route == route && t.ExternalTaskId == external))
            {
                return DeskAnswer.Json(400, TaskResponses.Error(1201, $"Invalid parameter: external_task_id '{external}' already exists"));
            }

            var task = new SandboxTask(route, taskId, request, clock.GetUtcNow(), script) { LastStatus = "submitted" };
            _tasks.Add(task);
            Notify(task, "submitted");
            return DeskAnswer.Json(200, responses.Created(task));
        }
    }

    public DeskAnswer Query(KlingRoute route, string id)
    {
        lock (_gate)
        {
            var task = _tasks.FirstOrDefault(t => t.Route == route && t.TaskId == id)
                ?? _tasks.FirstOrDefault(t => t.Route == route && t.ExternalTaskId == id);
            if (task is null)
            {
                return DeskAnswer.Json(404, TaskResponses.Error(1203, $"Resource not found: no task '{id}' on this route"));
            }

            task.Queries++;
            return DeskAnswer.Json(200, responses.Task(task, Observe(task, task.Queries), MediaRoot));
        }
    }

    public DeskAnswer List(KlingRoute route, int pageNum, int pageSize)
    {
        if (pageNum is < 1 or > 1000 || pageSize is < 1 or > 500)
        {
            return DeskAnswer.Json(400, TaskResponses.Error(1201, "Invalid parameter: pageNum must be 1 to 1000 and pageSize 1 to 500"));
        }

        lock (_gate)
        {
            var page = _tasks.Where(t => t.Route == route)
                .Reverse()
                .Skip((pageNum - 1) * pageSize)
                .Take(pageSize)
                .Select(t => (t, Observe(t, t.Queries)))
                .ToList();
            return DeskAnswer.Json(200, responses.List(route, page, MediaRoot));
        }
    }

    public static DeskAnswer Violation(string reason) =>
        DeskAnswer.Json(400, TaskResponses.Error(1201, "Invalid parameter: " + reason));

    public string ExplainViolation(KlingRoute route, string body, string? contentType) =>
        contentType?.Contains("application/json", StringComparison.OrdinalIgnoreCase) == true
            ? ContractExplainer.Explain(schemas.For(KlingRoutes.CreateOperation(route)), body)
            : "Content-Type must be application/json";

    private string Observe(SandboxTask task, int query)
    {
        var status = task.StatusAt(query, clock.GetUtcNow(), options);
        if (status != task.LastStatus)
        {
            // Kling passes through processing on its way to the end, so a receiver hears of it even when
            // the sandbox's first look after the create already finds the task finished.
            var skippedProcessing = task.LastStatus == "submitted" && status is "succeed" or "failed";
            (task.LastStatus, task.UpdatedAt) = (status, clock.GetUtcNow());
            if (skippedProcessing)
            {
                Notify(task, "processing");
            }

            Notify(task, status);
        }

        return status;
    }

    // Called under the gate, so the notifications are queued in the order the statuses changed.
    private void Notify(SandboxTask task, string status)
    {
        if (task.CallbackUrl is { } url)
        {
            courier.Send(task.TaskId, status, url, responses.Data(task, status, MediaRoot).ToString(Formatting.None));
        }
    }
}
