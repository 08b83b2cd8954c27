using System.Diagnostics;
using KlingGenerated.Testing;

namespace KlingGenerated.Tests.Sandbox;

[Collection(SandboxCollection.Name)]
public sealed class SandboxSideBySideTests(SandboxFixture fixture) : SandboxTestBase(fixture)
{
    [Fact]
    public async Task StartAsync_BesideAnotherSandbox_RunsIsolatedAndStopsOnDispose()
    {
        Uri otherUri;
        await using (var other = await KlingSandbox.StartAsync())
        {
            otherUri = other.BaseUri;
            var created = await other.CreateClient().CreateImageToVideoTaskAsync(ImageToVideo());

            var elsewhere = await Assert.ThrowsAsync<KlingApiException<ErrorResponse>>(() => Client.GetImageToVideoTaskAsync(created.Data!.TaskId!));

            Assert.NotEqual(Sandbox.BaseUri.Port, other.BaseUri.Port);
            Assert.Equal(404, elsewhere.StatusCode);
            Assert.Empty(await Sandbox.GetCreatesAsync());
            Assert.Single(await other.GetCreatesAsync());
        }

        Assert.False(await SandboxProcesses.AnswersAsync(otherUri), "The disposed sandbox still answers.");
    }
}

public sealed class SandboxWatchdogTests
{
    [Fact]
    public async Task KillingTheHostProcess_StopsItsWireMock()
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(SandboxHostProgram).Assembly.Location);
        start.ArgumentList.Add(SandboxHostProgram.HostArgument);
        using var host = Process.Start(start)!;
        _ = host.StandardError.ReadToEndAsync();
        string? ready;
        using (var wait = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
        {
            do
            {
                ready = await host.StandardOutput.ReadLineAsync(wait.Token);
            }
            while (ready is not null && !ready.StartsWith("ready ", StringComparison.Ordinal));
        }

        Assert.NotNull(ready);
        var (baseUri, root) = (new Uri(ready.Split(' ')[1]), ready.Split(' ', 3)[2]);
        Assert.True(await SandboxProcesses.AnswersAsync(baseUri), "The hosted sandbox does not answer.");

        host.Kill(entireProcessTree: false); // SIGKILL: no finalizer, no dispose, only the watchdog can stop the JVM.
        await host.WaitForExitAsync();

        try
        {
            Assert.True(await SandboxProcesses.StopsAnsweringAsync(baseUri, TimeSpan.FromSeconds(20)), "WireMock outlived the process that hosted it.");
            Assert.True(await SandboxProcesses.JavaExitsAsync(root, TimeSpan.FromSeconds(20)), "The JVM outlived the process that hosted it.");
        }
        finally
        {
            Directory.Delete(root, recursive: true); // Nobody was left to remove it.
        }
    }
}

internal static class SandboxProcesses
{
    public static async Task<bool> AnswersAsync(Uri baseUri)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await http.GetAsync(new Uri(baseUri, "__admin/health"));
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    public static async Task<bool> StopsAnsweringAsync(Uri baseUri, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline)
        {
            if (!await AnswersAsync(baseUri))
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }

    /// <summary>Whether every java process naming the folder is gone within the time (the port closes before the JVM has exited).</summary>
    public static async Task<bool> JavaExitsAsync(string folder, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (JavaProcessesUsing(folder).Count > 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(100);
        }

        return true;
    }

    /// <summary>Live java processes whose command line names the folder (Linux's /proc; empty elsewhere).</summary>
    public static IReadOnlyList<int> JavaProcessesUsing(string folder) =>
        !Directory.Exists("/proc") ? [] :
        Directory.GetDirectories("/proc")
            .Select(d => (Pid: int.TryParse(Path.GetFileName(d), out var pid) ? pid : 0, Dir: d))
            .Where(p => p.Pid > 0)
            .Where(p => ReadCommandLine(p.Dir) is { } line && line.Contains("java", StringComparison.Ordinal) && line.Contains(folder, StringComparison.Ordinal))
            .Select(p => p.Pid)
            .ToList();

    private static string? ReadCommandLine(string processDirectory)
    {
        try
        {
            return File.ReadAllText(Path.Combine(processDirectory, "cmdline")).Replace('\0', ' ');
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
