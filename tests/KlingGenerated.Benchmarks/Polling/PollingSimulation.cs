using KlingGenerated.TestSupport;

namespace KlingGenerated.Benchmarks.Polling;

/// <summary>One wait, through the real <see cref="KlingTaskOperation"/>, on a simulated clock and client.</summary>
internal static class PollingSimulation
{
    public const string Fixed = nameof(PollingBenchmarks.FixedFiveSeconds);
    public const string Default = nameof(PollingBenchmarks.DefaultBackoff);

    // Seeded, so the jitter (and so every column) is the same in every process and run.
    private const int Seed = 42;

    /// <summary>What other Kling clients do: a query every 5 s.</summary>
    public static KlingWaitOptions FixedFiveSeconds { get; } = new()
    {
        InitialDelay = TimeSpan.FromSeconds(5),
        PollInterval = TimeSpan.FromSeconds(5),
        MaxPollInterval = TimeSpan.FromSeconds(5),
        BackoffFactor = 1,
        Jitter = 0,
    };

    public static KlingWaitOptions DefaultBackoff { get; } = new();

    public static KlingWaitOptions OptionsFor(string strategy) => strategy == Fixed ? FixedFiveSeconds : DefaultBackoff;

    public static Result Run(string strategy, int taskSeconds)
    {
        var clock = new SimulatedClock();
        var client = new TimedTaskClient(clock, TimeSpan.FromSeconds(taskSeconds));
        var random = new Random(Seed);
        var operation = client.GetTaskOperation(KlingRoute.ImageToVideo, "t");
        operation.Random = random.NextDouble;
        var wait = operation.WaitForCompletionAsync(OptionsFor(strategy), null);
        if (!wait.IsCompletedSuccessfully)
        {
            throw new InvalidOperationException("The simulated wait should finish synchronously.");
        }

        return new Result(client.Gets, client.SeenFinishedAt!.Value - TimeSpan.FromSeconds(taskSeconds));
    }

    public readonly record struct Result(int Gets, TimeSpan DetectionDelay);
}
