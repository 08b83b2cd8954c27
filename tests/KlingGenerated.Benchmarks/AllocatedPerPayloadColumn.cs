using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace KlingGenerated.Benchmarks;

/// <summary>
/// Allocated bytes per operation divided by the payload a benchmark class declares (its static
/// <c>PayloadBytes</c>): 1.00 means the operation allocated as much as it sent.
/// </summary>
internal sealed class AllocatedPerPayloadColumn : IColumn
{
    public string Id => nameof(AllocatedPerPayloadColumn);

    public string ColumnName => "Alloc/Payload";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Metric;

    public int PriorityInCategory => 10;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Allocated bytes per operation / bytes of image payload in the request body";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var payload = benchmarkCase.Descriptor.Type.GetProperty("PayloadBytes", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as long?;
        var report = summary[benchmarkCase];
        if (payload is not > 0 || report?.GcStats is not { } gc || gc.GetBytesAllocatedPerOperation(benchmarkCase) is not { } allocated)
        {
            return "-";
        }

        return ((double)allocated / payload.Value).ToString("0.0000", CultureInfo.InvariantCulture);
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
