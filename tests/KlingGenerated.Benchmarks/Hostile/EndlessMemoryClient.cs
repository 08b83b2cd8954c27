using System.Diagnostics;
using System.Globalization;

namespace KlingGenerated.Benchmarks.Hostile;

// The client side of the endless-body memory report, run alone in a fresh process: its peak resident set
// (VmHWM) is then the client's own, with no server and no earlier scenario in it. It does one scenario's
// work and prints one line for the parent: the peak and the resident set, before and after, and the outcome.
internal static class EndlessMemoryClient
{
    /// <summary>The hidden argument that makes this assembly run one scenario (see Program.cs): <c>--endless-memory-client &lt;scenario&gt; &lt;baseUrl&gt;</c>.</summary>
    public const string Argument = "--endless-memory-client";

    /// <summary>What starts the line the parent reads.</summary>
    public const string ResultPrefix = "result";

    // Only a safety net: every scenario ends in seconds.
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    public static async Task<int> RunAsync(string scenarioName, string baseUrl)
    {
        var scenario = EndlessScenario.Named(scenarioName);
        var startKb = SandboxMemory.StatusKilobytes(Environment.ProcessId, "VmHWM:");
        var clock = Stopwatch.StartNew();
        using var deadline = new CancellationTokenSource(Deadline);
        var baseUri = new Uri(baseUrl);
        var outcome = scenario.Work == EndlessWork.Query
            ? await QueryAsync(scenario, baseUri, deadline.Token)
            : await DownloadAsync(scenario, baseUri, deadline.Token);
        var peakKb = SandboxMemory.StatusKilobytes(Environment.ProcessId, "VmHWM:");
        var residentKb = SandboxMemory.StatusKilobytes(Environment.ProcessId, "VmRSS:");
        Console.WriteLine(string.Join('\t', ResultPrefix, startKb, peakKb, residentKb, clock.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture), outcome.ReplaceLineEndings(" ")));
        return 0;
    }

    // The client as a script builds it, with the default resilience pipeline and the default 16 MiB answer limit.
    private static async Task<string> QueryAsync(EndlessScenario scenario, Uri baseUri, CancellationToken cancellationToken)
    {
        using var client = new KlingClient(new KlingClientOptions { ApiKey = "sk-bench-0123456789abcdef", BaseUrl = baseUri });
        var outcomes = new List<string>();
        for (var call = 0; call < scenario.Calls; call++)
        {
            try
            {
                var task = await client.GetImageToVideoTaskAsync(scenario.TaskId, cancellationToken);
                outcomes.Add($"{task.Data?.TaskStatus ?? "no data"}");
            }
            catch (KlingResponseTooLargeException tooLarge)
            {
                outcomes.Add($"{nameof(KlingResponseTooLargeException)} at {tooLarge.Limit} B");
            }
            catch (Exception other) when (other is not OperationCanceledException)
            {
                outcomes.Add(other.GetType().Name);
            }
        }

        return string.Join("; ", outcomes.GroupBy(o => o).Select(g => $"{g.Count()} x {g.Key}"));
    }

    private static async Task<string> DownloadAsync(EndlessScenario scenario, Uri baseUri, CancellationToken cancellationToken)
    {
        using var http = new HttpClient();
        var downloader = new KlingResultDownloader(http);
        var options = new KlingDownloadOptions { Overwrite = true };
        if (scenario.MaxBytes is { } maxBytes)
        {
            options.MaxBytes = maxBytes;
        }

        var folder = Directory.CreateTempSubdirectory("kling-endless-memory-");
        try
        {
            var saved = await downloader.DownloadToFileAsync(new Uri(baseUri, scenario.Path.TrimStart('/')), Path.Combine(folder.FullName, "video.mp4"),
                options: options, cancellationToken: cancellationToken);
            return $"saved {saved.Length} B";
        }
        catch (KlingDownloadTooLargeException tooLarge)
        {
            return $"{nameof(KlingDownloadTooLargeException)} after {tooLarge.BytesReceived} B (MaxBytes {tooLarge.MaxBytes})";
        }
        catch (Exception other) when (other is not OperationCanceledException)
        {
            return other.GetType().Name + ": " + other.Message;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
