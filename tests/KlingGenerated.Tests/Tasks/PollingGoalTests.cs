using KlingGenerated.TestSupport;

namespace KlingGenerated.Tests.Tasks;

/// <summary>
/// The promise the default <see cref="KlingWaitOptions"/> make, checked on a simulated clock for
/// many run times and both extremes of jitter: a finished task is noticed within 10 % of its run
/// time (plus the initial delay), and a 20-minute task costs at most a third of fixed 5 s polling.
/// </summary>
public sealed class PollingGoalTests
{
    [Theory]
    [InlineData(10)]
    [InlineData(17)]
    [InlineData(60)]
    [InlineData(95)]
    [InlineData(300)]
    [InlineData(333)]
    [InlineData(777)]
    [InlineData(1200)]
    [InlineData(1799)]
    public async Task WaitForCompletionAsync_DefaultOptions_NoticesWithinTenPercent(int seconds)
    {
        foreach (var random in new[] { 0.0, 0.5, 0.999 })
        {
            var (gets, delay) = await SimulateAsync(new KlingWaitOptions(), TimeSpan.FromSeconds(seconds), random);

            var limit = (0.1 * TimeSpan.FromSeconds(seconds)) + new KlingWaitOptions().InitialDelay;
            Assert.True(delay <= limit, $"T={seconds}s, jitter draw {random}: noticed after {delay}, limit {limit} ({gets} queries).");
        }
    }

    [Fact]
    public async Task WaitForCompletionAsync_DefaultOptionsTwentyMinutes_AtMostAThirdOfFixedPolling()
    {
        var fixedFive = new KlingWaitOptions
        {
            InitialDelay = TimeSpan.FromSeconds(5), PollInterval = TimeSpan.FromSeconds(5), MaxPollInterval = TimeSpan.FromSeconds(5), BackoffFactor = 1, Jitter = 0,
        };
        var (fixedGets, _) = await SimulateAsync(fixedFive, TimeSpan.FromMinutes(20), 0);

        var (gets, _) = await SimulateAsync(new KlingWaitOptions(), TimeSpan.FromMinutes(20), 0.999);

        Assert.Equal(240, fixedGets);
        Assert.True(gets * 3 <= fixedGets, $"{gets} queries against {fixedGets} for fixed polling.");
    }

    private static async Task<(int Gets, TimeSpan Delay)> SimulateAsync(KlingWaitOptions options, TimeSpan finishesAfter, double random)
    {
        var clock = new DrivenClock();
        var client = new TimedTaskClient(clock, finishesAfter);
        var operation = client.GetTaskOperation(KlingRoute.ImageToVideo, "t");
        operation.Random = () => random;

        await ClockDriver.RunAsync(clock, () => operation.WaitForCompletionAsync(options, null));

        return (client.Gets, client.SeenFinishedAt!.Value - finishesAfter);
    }
}
