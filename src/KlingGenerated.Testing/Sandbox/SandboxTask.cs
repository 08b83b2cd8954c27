using Newtonsoft.Json.Linq;

namespace KlingGenerated.Testing;

// One task the sandbox created, and the rule that gives its status at each query.
internal sealed class SandboxTask(KlingRoute route, string taskId, JObject body, DateTimeOffset createdAt, KlingTaskScript? script)
{
    public KlingRoute Route { get; } = route;

    public string TaskId { get; } = taskId;

    public string? ExternalTaskId { get; } = body.Value<string>("external_task_id");

    public JObject Body { get; } = body;

    /// <summary>Where Kling would post the task's notifications, when the create named an absolute URL.</summary>
    public Uri? CallbackUrl { get; } =
        body["callback_url"] is JValue { Type: JTokenType.String, Value: string url } && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public DateTimeOffset UpdatedAt { get; set; } = createdAt;

    public KlingTaskScript? Script { get; } = script;

    /// <summary>The status the last answer reported, so updated_at moves only when it changes.</summary>
    public string? LastStatus { get; set; }

    /// <summary>Queries answered so far.</summary>
    public int Queries { get; set; }

    public string? FailureMessage => Script?.FailureMessage;

    /// <summary>The status a query sees when it is the <paramref name="query"/>-th (0 for a list, which does not count).</summary>
    public string StatusAt(int query, DateTimeOffset now, KlingSandboxOptions defaults)
    {
        var outcome = Script?.Outcome ?? TaskOutcome.Succeed;
        if (outcome == TaskOutcome.StayProcessing)
        {
            return query <= 1 ? "submitted" : "processing";
        }

        var finished = outcome == TaskOutcome.Fail ? "failed" : "succeed";
        var (polls, time) = Script switch
        {
            { PollsToFinish: { } scripted } => (scripted, (TimeSpan?)null),
            { TimeToFinish: { } scripted } => (0, scripted),
            _ => (defaults.PollsToSucceed, defaults.TimeToSucceed),
        };
        if (time is { } after)
        {
            var elapsed = now - CreatedAt;
            return elapsed >= after ? finished : elapsed < after / 3 ? "submitted" : "processing";
        }

        return query >= polls && query > 0 ? finished : query <= 1 ? "submitted" : "processing";
    }
}
