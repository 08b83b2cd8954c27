using KlingGenerated.Testing;
using KlingGenerated.Tests.Sandbox;

namespace KlingGenerated.Tests.Cli;

/// <summary>Each documented exit code, with the one line that explains it, and nothing sent when the input is invalid.</summary>
[Collection(SandboxCollection.Name)]
public sealed class ExitCodeTests(SandboxFixture fixture) : CliTestBase(fixture)
{
    [Theory]
    [InlineData("image2video", "--image", "missing.png")]
    [InlineData("image2video", "--image", "https://example.com/a.png", "--duration", "16")]
    [InlineData("image2video", "--image", "https://example.com/a.png", "--cfg-scale", "2")]
    [InlineData("image2video", "--prompt", "neither a first nor a last frame")]
    [InlineData("multi-image2video", "--image", "https://example.com/a.png", "--image", "https://example.com/b.png", "--image", "https://example.com/c.png", "--image", "https://example.com/d.png", "--image", "https://example.com/e.png", "--prompt", "five images")]
    [InlineData("image2video", "--bogus")]
    [InlineData("image2video")]
    public async Task InvalidInput_Exits2_AndSendsNothing(params string[] args)
    {
        var code = await Cli.RunAsync(Remote(args));

        Assert.Equal(2, code);
        Assert.Contains("kling: ", Cli.Error);
        Assert.Contains("nothing was sent", Cli.Error);
        Assert.Empty(await Sandbox.GetCreatesAsync());
        Assert.Empty(await Sandbox.GetContractViolationsAsync());
    }

    [Fact]
    public async Task PromptTooLong_Exits2_NamingTheField()
    {
        var code = await Cli.RunAsync(Remote("image2video", "--image", "https://example.com/a.png", "--prompt", new string('x', 2501)));

        Assert.Equal(2, code);
        Assert.Contains("prompt", Cli.Error);
        Assert.Contains("nothing was sent", Cli.Error);
    }

    [Fact]
    public async Task RefusedCreate_Exits3_WithKlingCodeAndMessage()
    {
        await Sandbox.ScriptNextTaskAsync(KlingRoute.ImageToVideo, s => s.RefuseCreate(1102, "resource pack exhausted"));

        var code = await Cli.RunAsync(Remote("image2video", "--image", "https://example.com/a.png", "--json"));

        Assert.Equal(3, code);
        Assert.Contains("1102", Cli.Error);
        Assert.Contains("resource pack exhausted", Cli.Error);
        Assert.Equal("refused", Cli.Json().Value<string>("status"));
    }

    [Fact]
    public async Task FailedTask_Exits4_WithTaskStatusMsg()
    {
        await Sandbox.ScriptNextTaskAsync(KlingRoute.ImageToVideo, s => s.FailAfterPolls(1, "The image failed the content safety check."));

        var code = await Cli.RunAsync(Remote("image2video", "--image", "https://example.com/a.png"));

        Assert.Equal(4, code);
        Assert.Contains("The image failed the content safety check.", Cli.Error);
    }

    [Fact]
    public async Task WaitTimeout_Exits5_WithTheTaskIdToResume()
    {
        var task = await Sandbox.ScriptNextTaskAsync(KlingRoute.ImageToVideo, s => s.StayProcessing());

        var code = await Cli.RunAsync(Remote("image2video", "--image", "https://example.com/a.png", "--timeout", "0.5"));

        Assert.Equal(5, code);
        Assert.Contains($"kling task wait image2video {task.TaskId}", Cli.Error);
    }

    [Fact]
    public async Task Interrupted_Exits130_WithTheTaskId()
    {
        var task = await Sandbox.ScriptNextTaskAsync(KlingRoute.ImageToVideo, s => s.StayProcessing());
        using var interrupt = new CancellationTokenSource();
        var run = Cli.RunAsync(interrupt.Token, Remote("image2video", "--image", "https://example.com/a.png"));
        while ((await Sandbox.GetQueriesAsync(task.TaskId)).Count == 0)
        {
            await Task.Delay(20);
        }

        interrupt.Cancel();

        Assert.Equal(130, await run);
        Assert.Contains(task.TaskId, Cli.Error);
        Assert.Contains("interrupted", Cli.Error);
    }

    [Fact]
    public async Task TheKey_IsNeverPrinted_EvenVerboseOnErrors()
    {
        await Sandbox.ScriptNextTaskAsync(KlingRoute.ImageToVideo, s => s.RefuseCreate(1002, $"Authorization value is invalid: Bearer {Key}", 401));

        var code = await Cli.RunAsync(Remote("image2video", "--image", "https://example.com/a.png", "--verbose", "--json"));

        Assert.Equal(3, code);
        Assert.DoesNotContain(Key, Cli.Output);
        Assert.DoesNotContain(Key, Cli.Error);
        Assert.Contains("[REDACTED]", Cli.Error);
    }

    [Fact]
    public async Task ABaseUrlWithCredentials_Exits2_AndIsNeverPrinted_EvenVerbose()
    {
        const string Password = "pw-in-url-93b1e7";
        var baseUrl = new UriBuilder(Sandbox.BaseUri) { UserName = "user", Password = Password }.Uri.ToString();

        var code = await Cli.RunAsync("task", "list", "image2video", "--base-url", baseUrl, "--api-key", Key, "--verbose");

        Assert.Equal(2, code);
        Assert.Contains("must not carry a user name or password", Cli.Error);
        Assert.DoesNotContain(Password, Cli.Output);
        Assert.DoesNotContain(Password, Cli.Error);
    }
}
