namespace KlingGenerated;

// The wait's limit as a cancellation token, so a query in progress (however slowly it is answered),
// the pipeline's retries and its Retry-After sleeps all end with the wait, not minutes after it.
// Made on the operation's clock, so tests can move it.
internal sealed class WaitDeadline : IDisposable
{
    // The longest a query sent at the deadline itself may take, so a task ending just in time is not
    // missed; a quarter of very short limits, so the limit still holds within that share.
    private static readonly TimeSpan LastQueryGrace = TimeSpan.FromSeconds(1);

    // What a CancellationTokenSource's timer accepts (uint.MaxValue - 1 ms, about 49 days).
    private static readonly TimeSpan LongestTimer = TimeSpan.FromMilliseconds(uint.MaxValue - 1.0);

    private readonly CancellationTokenSource? _timer;
    private readonly CancellationTokenSource _linked;
    private readonly CancellationToken _callerToken;

    public WaitDeadline(TimeSpan timeout, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        _callerToken = cancellationToken;
        var limit = timeout == Timeout.InfiniteTimeSpan ? Timeout.InfiniteTimeSpan : timeout + Grace(timeout);
        if (limit != Timeout.InfiniteTimeSpan && limit <= LongestTimer)
        {
            _timer = new CancellationTokenSource(limit, timeProvider);
            _linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _timer.Token);
        }
        else
        {
            // No limit, or one past what a timer holds: the wait's own check of the time waited ends it.
            _linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        }
    }

    /// <summary>Cancelled by the caller, or when the limit (and the last query's grace) has passed.</summary>
    public CancellationToken Token => _linked.Token;

    /// <summary>Whether the limit ended what was running, rather than the caller.</summary>
    public bool HasPassed => _timer?.IsCancellationRequested == true && !_callerToken.IsCancellationRequested;

    public static TimeSpan Grace(TimeSpan timeout) => timeout / 4 < LastQueryGrace ? timeout / 4 : LastQueryGrace;

    public void Dispose()
    {
        _linked.Dispose();
        _timer?.Dispose();
    }
}
