namespace KlingGenerated.Testing;

/// <summary>
/// What the sandbox does with one task, written fluently and handed to
/// <see cref="KlingSandbox.ScriptNextTaskAsync"/>. Unscripted tasks follow <see cref="KlingSandboxOptions"/>.
/// </summary>
/// <remarks>
/// "Polls" count the queries the sandbox answered for the task, by task id or by external_task_id;
/// a query answered with a fault or an HTML page does not count.
/// </remarks>
public sealed class KlingTaskScript
{
    internal TaskOutcome Outcome { get; private set; } = TaskOutcome.Succeed;

    internal int? PollsToFinish { get; private set; }

    internal TimeSpan? TimeToFinish { get; private set; }

    internal string? FailureMessage { get; private set; }

    internal KlingRefusal? CreateRefusal { get; private set; }

    internal List<ScriptedAnswer> CreateAnswers { get; } = [];

    internal TimeSpan? CreateDelay { get; private set; }

    internal List<ScriptedAnswer> QueryAnswers { get; } = [];

    internal TimeSpan? QueryDelay { get; private set; }

    internal bool ResultExpired { get; private set; }

    /// <summary>The task succeeds on the given query; the first says submitted, the ones between say processing.</summary>
    public KlingTaskScript SucceedAfterPolls(int polls)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(polls, 1);
        (Outcome, PollsToFinish, TimeToFinish) = (TaskOutcome.Succeed, polls, null);
        return this;
    }

    /// <summary>The task succeeds once this much time has passed since its create.</summary>
    public KlingTaskScript SucceedAfter(TimeSpan time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(time, TimeSpan.Zero);
        (Outcome, PollsToFinish, TimeToFinish) = (TaskOutcome.Succeed, null, time);
        return this;
    }

    /// <summary>The task fails on the given query, with this <c>task_status_msg</c>.</summary>
    public KlingTaskScript FailAfterPolls(int polls, string taskStatusMessage)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(polls, 1);
        ArgumentNullException.ThrowIfNull(taskStatusMessage);
        (Outcome, PollsToFinish, TimeToFinish, FailureMessage) = (TaskOutcome.Fail, polls, null, taskStatusMessage);
        return this;
    }

    /// <summary>The task never finishes: submitted on the first query, processing ever after.</summary>
    public KlingTaskScript StayProcessing()
    {
        (Outcome, PollsToFinish, TimeToFinish) = (TaskOutcome.StayProcessing, null, null);
        return this;
    }

    /// <summary>
    /// The create is refused with a Kling code (1102 resource pack exhausted, 1301 content safety,
    /// 1303 concurrency ...). The HTTP status defaults to the one Kling sends with that code.
    /// </summary>
    public KlingTaskScript RefuseCreate(int klingCode, string? message = null, int? httpStatus = null)
    {
        CreateRefusal = KlingRefusal.ForCode(klingCode, message, httpStatus);
        return this;
    }

    /// <summary>The create is refused with an HTTP status, and the Kling code that goes with it (500: 5000, 429: 1302 ...).</summary>
    public KlingTaskScript RefuseCreateWithStatus(int httpStatus)
    {
        CreateRefusal = KlingRefusal.ForStatus(httpStatus);
        return this;
    }

    /// <summary>The first create attempt breaks the connection; the next attempt goes through.</summary>
    public KlingTaskScript FaultOnCreate(SandboxFault fault)
    {
        CreateAnswers.Add(ScriptedAnswer.Fault(fault));
        return this;
    }

    /// <summary>The first create attempt gets an HTML error page, as a proxy in front of the gateway sends; the next goes through.</summary>
    public KlingTaskScript HtmlErrorOnCreate(int httpStatus = 502)
    {
        CreateAnswers.Add(ScriptedAnswer.Html(httpStatus));
        return this;
    }

    /// <summary>The create that makes the task is answered this much later.</summary>
    public KlingTaskScript DelayCreate(TimeSpan delay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        CreateDelay = delay;
        return this;
    }

    /// <summary>The next <paramref name="times"/> queries by task id break the connection.</summary>
    public KlingTaskScript FaultOnQuery(SandboxFault fault, int times = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        QueryAnswers.AddRange(Enumerable.Repeat(ScriptedAnswer.Fault(fault), times));
        return this;
    }

    /// <summary>The next <paramref name="times"/> queries by task id get an HTML error page.</summary>
    public KlingTaskScript HtmlErrorOnQuery(int httpStatus = 502, int times = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        QueryAnswers.AddRange(Enumerable.Repeat(ScriptedAnswer.Html(httpStatus), times));
        return this;
    }

    /// <summary>Every query by task id is answered this much later.</summary>
    public KlingTaskScript DelayQueries(TimeSpan delay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        QueryDelay = delay;
        return this;
    }

    /// <summary>The result URLs answer 404, as Kling's CDN does once a result is older than 30 days.</summary>
    public KlingTaskScript ExpireResult()
    {
        ResultExpired = true;
        return this;
    }
}

internal enum TaskOutcome
{
    Succeed,
    Fail,
    StayProcessing,
}

// An answer WireMock gives in place of the task desk: a fault or an HTML page.
internal sealed record ScriptedAnswer(SandboxFault? FaultKind, int HtmlStatus)
{
    public static ScriptedAnswer Fault(SandboxFault fault) => new(fault, 0);

    public static ScriptedAnswer Html(int status) => new(null, status);
}
