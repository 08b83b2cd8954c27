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

public sealed class SandboxHostProcessTests
{
    [Fact]
    public async Task TheSandbox_RunsInItsHostProcess_AndDiesWithIt()
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
        var baseUri = new Uri(ready.Split(' ')[1]);
        // A cold process compiles the whole server on its first request: on a busy machine that takes seconds.
        Assert.True(await SandboxProcesses.AnswersAsync(baseUri, TimeSpan.FromSeconds(60)), "The hosted sandbox does not answer.");
        Assert.Empty(SandboxProcesses.ChildrenOf(host.Id)); // no JVM, no helper process: the server is in the host

        host.Kill(entireProcessTree: false); // SIGKILL: no finalizer, no dispose.
        await host.WaitForExitAsync();

        Assert.True(await SandboxProcesses.StopsAnsweringAsync(baseUri, TimeSpan.FromSeconds(20)), "The sandbox outlived the process that hosted it.");
    }
}

internal static class SandboxProcesses
{
    /// <summary>Whether anything answers HTTP there: without a key, the sandbox answers every Kling route with 401.</summary>
    public static async Task<bool> AnswersAsync(Uri baseUri, TimeSpan? timeout = null)
    {
        using var http = new HttpClient { Timeout = timeout ?? TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await http.GetAsync(new Uri(baseUri, "kling/v1/videos/image2video"));
            return true;
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

    /// <summary>The live processes whose parent is <paramref name="pid"/> (Linux's /proc; empty elsewhere).</summary>
    public static IReadOnlyList<int> ChildrenOf(int pid) =>
        !Directory.Exists("/proc") ? [] :
        Directory.GetDirectories("/proc")
            .Select(d => (Pid: int.TryParse(Path.GetFileName(d), out var child) ? child : 0, Dir: d))
            .Where(p => p.Pid > 0 && ParentOf(p.Dir) == pid)
            .Select(p => p.Pid)
            .ToList();

    // The fourth field of /proc/<pid>/stat, after the parenthesised command name.
    private static int? ParentOf(string processDirectory)
    {
        try
        {
            var stat = File.ReadAllText(Path.Combine(processDirectory, "stat"));
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.TryParse(fields[1], out var parent) ? parent : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
