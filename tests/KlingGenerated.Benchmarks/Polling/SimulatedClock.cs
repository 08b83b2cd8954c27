namespace KlingGenerated.Benchmarks.Polling;

/// <summary>
/// A clock that jumps: every timer fires at once, moving the time forward by its due time. A
/// wait of twenty simulated minutes then runs synchronously in microseconds, and the same inputs
/// always give the same queries at the same simulated times.
/// </summary>
internal sealed class SimulatedClock : TimeProvider
{
    private static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private long _ticks;

    public TimeSpan Now => TimeSpan.FromTicks(_ticks);

    public override DateTimeOffset GetUtcNow() => Epoch + Now;

    public override long GetTimestamp() => _ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        // Task.Delay disposes a timer that fired before CreateTimer returned, so firing here is safe.
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            _ticks += dueTime.Ticks;
            callback(state);
        }

        return Fired.Instance;
    }

    private sealed class Fired : ITimer
    {
        public static readonly Fired Instance = new();

        public bool Change(TimeSpan dueTime, TimeSpan period) => false;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
