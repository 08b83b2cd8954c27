using KlingGenerated.Testing;

namespace KlingGenerated.Benchmarks;

/// <summary>
/// The memory behind a started sandbox beyond BenchmarkDotNet's allocation count: the growth of this
/// process's resident set (assemblies, JIT, Kestrel) for the in-process server. Run with <c>-- --sandbox-memory</c>.
/// </summary>
internal static class SandboxMemory
{
    public const string Argument = "--sandbox-memory";

    public static async Task<int> ReportAsync()
    {
        var before = StatusKilobytes(Environment.ProcessId, "VmRSS:");
        await using (var sandbox = await KlingSandbox.StartAsync())
        {
            using var http = new HttpClient();
            using var response = await http.GetAsync(new Uri(sandbox.BaseUri, "kling/v1/videos/image2video/1"));
            var after = StatusKilobytes(Environment.ProcessId, "VmRSS:");
            Console.WriteLine($"in-process sandbox: resident set grew by {(after - before) / 1024} MiB (first answer {(int)response.StatusCode}), managed heap {GC.GetTotalMemory(false) / 1024 / 1024} MiB");
        }

        return 0;
    }

    public static long StatusKilobytes(int pid, string field) =>
        File.ReadLines($"/proc/{pid}/status")
            .Where(l => l.StartsWith(field, StringComparison.Ordinal))
            .Select(l => long.Parse(l[field.Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture))
            .Single();
}
