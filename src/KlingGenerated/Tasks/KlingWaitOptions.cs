using System.Globalization;

namespace KlingGenerated;

/// <summary>How a wait for a Kling task polls: when it starts, how often, and for how long.</summary>
/// <remarks>
/// <para>
/// The delays grow geometrically from <see cref="PollInterval"/> by <see cref="BackoffFactor"/> up to
/// <see cref="MaxPollInterval"/>. With the defaults each delay is at most about a tenth of the time
/// already waited, so a result is noticed within roughly 10 % of the task's run time, while a
/// 20-minute video costs about a quarter of the queries of fixed 5-second polling (see the polling
/// benchmark). A server's Retry-After is a floor: the wait never polls sooner than it asked.
/// </para>
/// <para>Plain settable properties, so the options bind from configuration.</para>
/// </remarks>
public class KlingWaitOptions
{
    /// <summary>The default overall limit: long enough for Kling's slow video queue, short enough to notice a stuck task.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(30);

    /// <summary>How long to wait before the first query. Default 2 s: no Kling task finishes sooner.</summary>
    public TimeSpan InitialDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The delay after the first query, which later delays grow from. Default 2 s.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How much each delay grows over the previous one (1 keeps it fixed). Default 1.1, which keeps
    /// each delay near a tenth of the time already waited.
    /// </summary>
    public double BackoffFactor { get; set; } = 1.1;

    /// <summary>The longest delay between two queries. Default 30 s.</summary>
    public TimeSpan MaxPollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The share (0 to 1) by which each delay is shortened at random, so many waits started together
    /// spread out. Only ever shortens, so the promised detection delay holds. Default 0.1.
    /// </summary>
    public double Jitter { get; set; } = 0.1;

    /// <summary>
    /// How long to wait in all before giving up with <see cref="KlingTaskTimeoutException"/> (the task
    /// keeps running; resume with its id). Default 30 minutes; <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> for none.
    /// </summary>
    /// <remarks>
    /// It bounds everything inside the wait: a query still unanswered at the limit is cut off (a query sent
    /// at the limit itself gets up to a second more), and so are the resilience pipeline's retries and
    /// their pauses. Failing queries are queried again until the limit; a server's Retry-After that
    /// reaches past it ends the wait at the limit, without another query.
    /// </remarks>
    public TimeSpan Timeout { get; set; } = DefaultTimeout;

    /// <summary>
    /// Further <c>task_status</c> values that end a wait as failed, beyond Kling's own <c>failed</c>: for a
    /// gateway or a later API that also ends tasks as, for example, <c>canceled</c> or <c>expired</c>. A task
    /// reaching one ends the wait with <see cref="KlingTaskFailedException"/>, whose message names the status.
    /// Compared without regard to case or surrounding spaces. Default: none.
    /// </summary>
    /// <remarks>
    /// Every entry must be non-blank and must not be <c>submitted</c>, <c>processing</c> or <c>succeed</c>,
    /// which keep their meaning (<c>failed</c> is allowed and changes nothing). A status that is neither
    /// Kling's nor listed here is still waited through, as a status added later may not be an end.
    /// </remarks>
    public IList<string> FailedStatuses { get; set; } = [];

    /// <summary>Whether <paramref name="status"/> is one of <see cref="FailedStatuses"/>.</summary>
    internal bool EndsAsFailed(string? status) =>
        !string.IsNullOrWhiteSpace(status) && FailedStatuses is { Count: > 0 } statuses
        && statuses.Any(s => string.Equals(s?.Trim(), status.Trim(), StringComparison.OrdinalIgnoreCase));

    internal void Validate()
    {
        if (FailedStatuses is null)
        {
            throw new ArgumentNullException(nameof(FailedStatuses), "KlingWaitOptions.FailedStatuses must not be null; leave it empty for none.");
        }

        foreach (var status in FailedStatuses)
        {
            Require(!string.IsNullOrWhiteSpace(status), nameof(FailedStatuses), status ?? "null", "must not hold a blank status");
            Require(TaskData.ParseStatus(status) is KlingTaskStatus.Unknown or KlingTaskStatus.Failed, nameof(FailedStatuses), status!,
                "must not hold submitted, processing or succeed, which never end a task as failed");
        }


        Require(InitialDelay >= TimeSpan.Zero, nameof(InitialDelay), InitialDelay, "must not be negative");
        Require(PollInterval > TimeSpan.Zero, nameof(PollInterval), PollInterval, "must be positive");
        Require(MaxPollInterval >= PollInterval, nameof(MaxPollInterval), MaxPollInterval, $"must be at least PollInterval ({PollInterval})");
        Require(double.IsFinite(BackoffFactor) && BackoffFactor >= 1, nameof(BackoffFactor), BackoffFactor, "must be 1 or more");
        Require(double.IsFinite(Jitter) && Jitter is >= 0 and < 1, nameof(Jitter), Jitter, "must be from 0 up to (not including) 1");
        Require(Timeout > TimeSpan.Zero || Timeout == System.Threading.Timeout.InfiniteTimeSpan, nameof(Timeout), Timeout, "must be positive, or Timeout.InfiniteTimeSpan");
    }

    private static void Require(bool condition, string name, object value, string rule)
    {
        if (!condition)
        {
            throw new ArgumentOutOfRangeException(name, value, string.Create(CultureInfo.InvariantCulture, $"KlingWaitOptions.{name} {rule}; it was {value}."));
        }
    }
}
