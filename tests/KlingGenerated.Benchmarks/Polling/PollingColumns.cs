using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace KlingGenerated.Benchmarks.Polling;

/// <summary>
/// The numbers the polling benchmark is about (BenchmarkDotNet itself only measures time): each
/// column replays the case's deterministic simulation in the host process.
/// </summary>
internal sealed class PollingColumn(string name, string legend, Func<string, int, string> value) : IColumn
{
    public static readonly IColumn[] All =
    [
        new PollingColumn("GETs", "Queries sent until the finished task was seen",
            (s, t) => PollingSimulation.Run(s, t).Gets.ToString(CultureInfo.InvariantCulture)),
        new PollingColumn("GETs/fixed", "Queries as a share of fixed 5 s polling's (goal at T=1200 s: at most 0.33)",
            (s, t) => ((double)PollingSimulation.Run(s, t).Gets / PollingSimulation.Run(PollingSimulation.Fixed, t).Gets).ToString("0.00", CultureInfo.InvariantCulture)),
        new PollingColumn("Delay [s]", "Detection delay: from the task's end to the query that saw it",
            (s, t) => PollingSimulation.Run(s, t).DetectionDelay.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)),
        new PollingColumn("Limit [s]", "Goal for the delay: 10 % of T plus the initial delay",
            (s, t) => ((0.1 * t) + PollingSimulation.OptionsFor(s).InitialDelay.TotalSeconds).ToString("0.0", CultureInfo.InvariantCulture)),
    ];

    public string Id => nameof(PollingColumn) + "." + ColumnName;

    public string ColumnName => name;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => legend;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        value(benchmarkCase.Descriptor.WorkloadMethod.Name, (int)benchmarkCase.Parameters[nameof(PollingBenchmarks.TaskSeconds)]);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}

/// <summary>Adds the polling columns to the default set.</summary>
internal sealed class PollingConfig : ManualConfig
{
    public PollingConfig() => AddColumn(PollingColumn.All);
}
