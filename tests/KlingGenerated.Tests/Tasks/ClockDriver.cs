using System.Diagnostics;

namespace KlingGenerated.Tests.Tasks;

/// <summary>
/// Runs a wait on a <see cref="ManualTimeProvider"/>: whenever the wait sleeps (a timer is pending),
/// the clock moves one small step; while it talks to WireMock, the clock stands still. So a
/// 30-minute wait takes milliseconds, and every poll happens at its scheduled time (to the step).
/// </summary>
internal static class ClockDriver
{
    public static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);

    // Only a safety net against a hung test; nothing asserts on real time.
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(30);

    public static async Task<T> RunAsync<T>(ManualTimeProvider clock, Func<Task<T>> wait)
    {
        var task = Task.Run(wait);
        var guard = Stopwatch.StartNew();
        while (!task.IsCompleted)
        {
            if (clock.PendingTimers > 0)
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

    public static Task RunAsync(ManualTimeProvider clock, Func<Task> wait) =>
        RunAsync(clock, async () => { await wait(); return true; });
}
