using BenchmarkDotNet.Attributes;

namespace KlingGenerated.Benchmarks.Polling;

/// <summary>
/// Polling efficiency: a task that finishes after T seconds, waited on with fixed 5-second polling
/// (what other Kling clients do) and with the default <see cref="KlingWaitOptions"/>. The time
/// columns measure the wait loop's own cost; the custom columns (GETs, delay) are the point.
/// Goal: delay at most 10 % of T plus the initial delay, and at T = 1200 s at most a third of the
/// fixed polling's GETs.
/// </summary>
/// <remarks>Run: dotnet run -c Release --project tests/KlingGenerated.Benchmarks -- --filter '*Polling*' --job short</remarks>
[Config(typeof(PollingConfig))]
[MemoryDiagnoser]
public class PollingBenchmarks
{
    /// <summary>How long the simulated task runs, in seconds.</summary>
    [Params(10, 60, 300, 1200)]
    public int TaskSeconds { get; set; }

    /// <summary>A query every 5 s, the first after 5 s.</summary>
    [Benchmark(Baseline = true)]
    public int FixedFiveSeconds() => PollingSimulation.Run(PollingSimulation.Fixed, TaskSeconds).Gets;

    /// <summary>The defaults: 2 s, then 2 s growing by 1.1 up to 30 s, with 10 % downward jitter.</summary>
    [Benchmark]
    public int DefaultBackoff() => PollingSimulation.Run(PollingSimulation.Default, TaskSeconds).Gets;
}
