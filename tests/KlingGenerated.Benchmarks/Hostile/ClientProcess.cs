using System.Diagnostics;

namespace KlingGenerated.Benchmarks.Hostile;

// Runs this benchmarks assembly again as a separate process, so what it measures of itself (its peak
// resident set) is its own: the apphost when started through it, `dotnet <dll>` when started by the muxer.
internal static class ClientProcess
{
    // Twice what a scenario may take, then it is given up.
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    /// <summary>Runs this assembly with <paramref name="arguments"/> to its end; its standard output, or an exception with its error output.</summary>
    public static async Task<string> RunAsync(params string[] arguments)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("The path of this process is unknown.");
        var start = new ProcessStartInfo(self)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ClientProcess).Assembly.Location);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {self}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using (var limit = new CancellationTokenSource(Limit))
        {
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill();
                throw new TimeoutException($"The client process ({string.Join(' ', arguments)}) ran past {Limit.TotalSeconds} s and was stopped.");
            }
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"The client process ({string.Join(' ', arguments)}) exited with {process.ExitCode}: {await error}");
        }

        return await output;
    }
}
