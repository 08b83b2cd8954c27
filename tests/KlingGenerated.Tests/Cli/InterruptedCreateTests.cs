namespace KlingGenerated.Tests.Cli;

/// <summary>An interruption says what may exist on the server: nothing, a task that may exist (with its external id), or a task to resume.</summary>
public sealed class InterruptedCreateTests : IDisposable
{
    private const string Key = "cometkey-int-4Lp7Qs1Wd9";

    private readonly CliRun _cli = new();

    [Fact]
    public async Task CtrlC_AfterTheCreateWasSent_SaysTheTaskMayExist_WithItsExternalIdAndTheCommandThatFindsIt()
    {
        using var server = new SilentServer();
        using var interrupt = new CancellationTokenSource();
        var run = _cli.RunAsync(interrupt.Token, "image2video", "--image", "https://example.com/a.png", "--external-task-id", "cli-interrupted-1",
            "--base-url", server.BaseUri.ToString(), "--api-key", Key, "--json");

        var head = await server.RequestReceived.WaitAsync(TimeSpan.FromSeconds(20));
        interrupt.Cancel();

        Assert.StartsWith("POST /kling/v1/videos/image2video", head, StringComparison.Ordinal);
        Assert.Equal(130, await run.WaitAsync(TimeSpan.FromSeconds(20)));
        Assert.Contains("may exist", _cli.Error);
        Assert.Contains("kling task get image2video cli-interrupted-1", _cli.Error);
        Assert.DoesNotContain("before a task was created", _cli.Error);
        var json = _cli.Json();
        Assert.Equal("interrupted", json.Value<string>("status"));
        Assert.Equal("cli-interrupted-1", json.Value<string>("external_task_id"));
    }

    [Fact]
    public async Task CtrlC_AfterTheCreateWasSent_NamesTheGeneratedExternalId()
    {
        using var server = new SilentServer();
        using var interrupt = new CancellationTokenSource();
        var run = _cli.RunAsync(interrupt.Token, "image2video", "--image", "https://example.com/a.png",
            "--base-url", server.BaseUri.ToString(), "--api-key", Key, "--json");

        await server.RequestReceived.WaitAsync(TimeSpan.FromSeconds(20));
        interrupt.Cancel();

        Assert.Equal(130, await run.WaitAsync(TimeSpan.FromSeconds(20)));
        var external = _cli.Json().Value<string>("external_task_id");
        Assert.StartsWith(ExternalTaskIds.Prefix, external, StringComparison.Ordinal);
        Assert.Contains($"kling task get image2video {external}", _cli.Error);
    }

    [Fact]
    public async Task CtrlC_BeforeAnythingWasSent_SaysNothingWasSent()
    {
        using var server = new SilentServer();
        using var interrupt = new CancellationTokenSource();
        await interrupt.CancelAsync();

        var code = await _cli.RunAsync(interrupt.Token, "image2video", "--image", "https://example.com/a.png",
            "--base-url", server.BaseUri.ToString(), "--api-key", Key);

        Assert.Equal(130, code);
        Assert.Contains("nothing was sent", _cli.Error);
        Assert.DoesNotContain("may exist", _cli.Error);
        Assert.False(server.RequestReceived.IsCompleted);
    }

    public void Dispose() => _cli.Dispose();
}
