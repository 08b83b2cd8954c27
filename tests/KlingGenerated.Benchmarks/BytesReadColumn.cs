using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace KlingGenerated.Benchmarks;

/// <summary>
/// Runs a benchmark method once more in the host (setup, call, cleanup) and shows the number it
/// returns as the bytes it read, so the table puts "bytes read" next to time and allocations.
/// </summary>
internal sealed class BytesReadColumn : IColumn
{
    public string Id => nameof(BytesReadColumn);

    public string ColumnName => "BytesRead";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Size;

    public string Legend => "Bytes the method read from the file (its return value)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var type = benchmarkCase.Descriptor.Type;
        var instance = Activator.CreateInstance(type)!;
        foreach (var parameter in benchmarkCase.Parameters.Items)
        {
            type.GetProperty(parameter.Name)?.SetValue(instance, parameter.Value);
        }

        Invoke<GlobalSetupAttribute>(type, instance);
        try
        {
            var result = benchmarkCase.Descriptor.WorkloadMethod.Invoke(instance, null);
            return Convert.ToInt64(result, CultureInfo.InvariantCulture).ToString("N0", CultureInfo.InvariantCulture);
        }
        finally
        {
            Invoke<GlobalCleanupAttribute>(type, instance);
        }
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    private static void Invoke<TAttribute>(Type type, object instance)
        where TAttribute : Attribute
    {
        foreach (var method in type.GetMethods().Where(m => m.IsDefined(typeof(TAttribute))))
        {
            method.Invoke(instance, null);
        }
    }
}
