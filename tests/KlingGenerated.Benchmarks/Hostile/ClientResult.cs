using System.Globalization;

namespace KlingGenerated.Benchmarks.Hostile;

// The one line a client process of the endless-body memory report prints, read back by the parent;
// the line is tab-separated so an outcome may hold spaces.

/// <summary>A client process's memory, time and outcome, in kilobytes as /proc/&lt;pid&gt;/status gives them.</summary>
internal sealed record ClientResult(long StartKb, long PeakKb, long ResidentKb, string Seconds, string Outcome)
{
    public static ClientResult Parse(string output)
    {
        var line = output.Split('\n').Select(l => l.TrimEnd('\r')).LastOrDefault(l => l.StartsWith(EndlessMemoryClient.ResultPrefix + "\t", StringComparison.Ordinal))
            ?? throw new FormatException($"The client process printed no result: {output}");
        var parts = line.Split('\t', 6);
        return new ClientResult(Kilobytes(parts[1]), Kilobytes(parts[2]), Kilobytes(parts[3]), parts[4], parts[5]);
    }

    private static long Kilobytes(string value) => long.Parse(value, CultureInfo.InvariantCulture);
}
