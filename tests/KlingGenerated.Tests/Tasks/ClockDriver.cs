using System.Diagnostics;

namespace KlingGenerated.Tests.Tasks;

/// <summary>
/// Runs a wait on a <see cref="DrivenClock"/>: whenever the wait sleeps (a timer is pending), the
/// clock moves one small step; while it talks to WireMock, the clock stands still. So a 30-minute
/// wait takes milliseconds, and every poll happens at its scheduled time (to the step).
/// </summary>
internal static class ClockDriver
{
    public static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);

    // Only a safety net against a hung test; nothing asserts on real time.
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(30);

    public static async Task<T> RunAsync<T>(DrivenClock clock, Func<Task<T>> wait)
    {
        var task = Task.Run(wait);
        var guard = Stopwatch.StartNew();
        while (!task.IsCompleted)
        {
            if (clock.IsSleeping)
            {
                clock.Advance(Step);
            }
            else
            {
                await Task.Delay(1);
            }

            if (guard.Elapsed > Hang)
            {
                throw new TimeoutException("The wait neither finished nor slept for 30 s of real time.");
            }
        }

        return await task;
    }

    public static Task RunAsync(DrivenClock clock, Func<Task> wait) =>
        RunAsync(clock, async () => { await wait(); return true; });
}

/// <summary>
/// Microsoft's <see cref="FakeTimeProvider"/>, telling also whether anything sleeps on it, which it keeps
/// to itself and the <see cref="ClockDriver"/> needs. The waits sleep with <c>Task.Delay</c>: one-shot
/// timers, each asleep from its creation until it fires or is disposed. Deadlines (timed cancellation
/// sources, such as the wait's limit) are not sleeps.
/// </summary>
public sealed class DrivenClock : FakeTimeProvider
{
    private int _sleeping;

    public bool IsSleeping => Volatile.Read(ref _sleeping) > 0;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        // A CancellationTokenSource's timer is a deadline, not a sleep: while only deadlines are pending,
        // something real (a query) is running, and the clock must stand still for it.
        if (dueTime == Timeout.InfiniteTimeSpan || state is CancellationTokenSource)
        {
            return base.CreateTimer(callback, state, dueTime, period);
        }

        var sleep = new Sleep(this, callback, state);
        Interlocked.Increment(ref _sleeping);
        sleep.Timer = base.CreateTimer(static s => ((Sleep)s!).Fire(), sleep, dueTime, period);
        return sleep;
    }

    private sealed class Sleep(DrivenClock clock, TimerCallback callback, object? state) : ITimer
    {
        private int _ended;

        public ITimer? Timer { get; set; }

        public void Fire()
        {
            End();
            callback(state);
        }

        public bool Change(TimeSpan dueTime, TimeSpan period) => Timer!.Change(dueTime, period);

        public void Dispose()
        {
            End();
            Timer?.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }

        private void End()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 0)
            {
                Interlocked.Decrement(ref clock._sleeping);
            }
        }
    }
}
