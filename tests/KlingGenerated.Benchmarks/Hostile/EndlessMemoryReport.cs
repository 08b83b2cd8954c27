using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;
using KlingGenerated.Testing;
using WireMock.Server;

namespace KlingGenerated.Benchmarks.Hostile;

// What an endless answer costs a client in memory, beside a normal one: BenchmarkDotNet counts allocations,
// not the resident set, and an in-process server would add its own. So the server stays here and every
// scenario runs in a fresh client process that reports its own peak (VmHWM). Run with `-- --endless-memory`.
internal static class EndlessMemoryReport
{
    public const string Argument = "--endless-memory";

    private const double KiBPerMiB = 1024;

    public static async Task<int> ReportAsync()
    {
        using var server = HostileKlingServer.Start();
        Console.WriteLine($"Peak resident set (VmHWM) of a fresh client process per scenario; the WireMock server runs in the parent at {server.BaseUri()}.");
        Console.WriteLine($"{RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}, {Environment.ProcessorCount} cores, {(GCSettings.IsServerGC ? "server" : "workstation")} GC.");
        Console.WriteLine($"Queries: {EndlessScenario.QueryCalls} calls (1 where the name says so) of one KlingClient(KlingClientOptions) with the default resilience pipeline and MaxResponseBytes {KlingClientOptions.DefaultMaxResponseBytes / 1024 / 1024} MiB.");
        Console.WriteLine($"Downloads: KlingResultDownloader.DownloadToFileAsync to a temporary file, deleted afterwards; normal video {HostileKlingServer.VideoLength / 1024 / 1024} MiB.");
        Console.WriteLine();

        var results = new List<(EndlessScenario Scenario, ClientResult Result, int Requests)>();
        foreach (var scenario in EndlessScenario.All)
        {
            var output = await ClientProcess.RunAsync(EndlessMemoryClient.Argument, scenario.Name, server.BaseUri().ToString());
            results.Add((scenario, ClientResult.Parse(output), await SettledCountAsync(server, scenario.Path)));
        }

        string[] header = ["scenario", "outcome", "requests", "start MiB", "peak RSS MiB", "end RSS MiB", "ratio", "time s"];
        var rows = results.Select(r =>
        {
            var baseline = results.Single(b => b.Scenario.Name == r.Scenario.Baseline).Result;
            return new[]
            {
                r.Scenario.Name,
                r.Result.Outcome,
                r.Requests.ToString(CultureInfo.InvariantCulture),
                MiB(r.Result.StartKb),
                MiB(r.Result.PeakKb),
                MiB(r.Result.ResidentKb),
                ((double)r.Result.PeakKb / baseline.PeakKb).ToString("F2", CultureInfo.InvariantCulture),
                r.Result.Seconds,
            };
        }).ToList();
        PrintTable(header, rows);
        Console.WriteLine();
        Console.WriteLine("start: VmHWM as the client process began, before any client work. ratio: peak RSS over the peak of the matching normal scenario.");
        return 0;
    }

    private static string MiB(long kilobytes) => (kilobytes / KiBPerMiB).ToString("F1", CultureInfo.InvariantCulture);

    // The server logs an endless answer's request once its writing stops, a moment after the client has left.
    private static async Task<int> SettledCountAsync(WireMockServer server, string path)
    {
        var count = server.CountRequests("GET", path);
        for (var wait = 0; wait < 15; wait++)
        {
            await Task.Delay(200);
            var now = server.CountRequests("GET", path);
            if (now == count && count > 0)
            {
                break;
            }

            count = now;
        }

        return count;
    }

    private static void PrintTable(string[] header, List<string[]> rows)
    {
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        var numeric = header.Select((_, i) => i >= 2).ToArray();
        string Line(string[] cells) => "| " + string.Join(" | ", cells.Select((c, i) => numeric[i] ? c.PadLeft(widths[i]) : c.PadRight(widths[i]))) + " |";
        Console.WriteLine(Line(header));
        Console.WriteLine("|" + string.Join("|", widths.Select((w, i) => numeric[i] ? new string('-', w + 1) + ":" : new string('-', w + 2))) + "|");
        rows.ForEach(r => Console.WriteLine(Line(r)));
    }
}
