using KlingGenerated.Testing;
using KlingGenerated.Tests.Sandbox;

namespace KlingGenerated.Tests.Cli;

/// <summary>--model takes any string, a known model's capabilities are checked before paying, and --no-model-checks leaves them to the service.</summary>
[Collection(SandboxCollection.Name)]
public sealed class CliModelChecksTests(SandboxFixture fixture) : CliTestBase(fixture)
{
    [Fact]
    public async Task ImageToVideo_AModelTheToolDoesNotKnow_IsPassedThrough()
    {
        var code = await Cli.RunAsync(Remote("image2video", "--image", "https://example.com/first.png", "--image-tail", "https://example.com/last.png",
            "--model", "some-future-model", "--mode", "std", "--duration", "15", "--no-wait", "--json"));

        Assert.True(code == 0, Cli.Error);
        var create = Assert.Single(await Sandbox.GetCreatesAsync(KlingRoute.ImageToVideo));
        Assert.Equal("some-future-model", create.Body.Value<string>("model_name"));
        Assert.Equal("15", create.Body.Value<string>("duration"));
    }

    [Fact]
    public async Task ImageToVideo_ACombinationTheModelDoesNotSupport_IsRefusedBeforeAnyRequest()
    {
        var code = await Cli.RunAsync(Remote("image2video", "--image", "https://example.com/first.png", "--image-tail", "https://example.com/last.png",
            "--model", "kling-v2-master", "--no-wait"));

        Assert.Equal(2, code);
        Assert.Contains("image_tail: kling-v2-master does not support a tail frame", Cli.Error);
        Assert.Empty(Sandbox.Server.LogEntries);
    }

    [Fact]
    public async Task ImageToVideo_WithNoModelChecks_SendsTheCombination()
    {
        var code = await Cli.RunAsync(Remote("image2video", "--image", "https://example.com/first.png", "--image-tail", "https://example.com/last.png",
            "--model", "kling-v2-master", "--no-model-checks", "--no-wait", "--json"));

        Assert.True(code == 0, Cli.Error);
        var create = Assert.Single(await Sandbox.GetCreatesAsync(KlingRoute.ImageToVideo));
        Assert.Equal("kling-v2-master", create.Body.Value<string>("model_name"));
        Assert.Equal("https://example.com/last.png", create.Body.Value<string>("image_tail"));
    }

    [Fact]
    public async Task ImageToVideoHelp_NamesTheKnownModelsAndTheSwitch()
    {
        var code = await Cli.RunAsync("image2video", "--help");

        Assert.Equal(0, code);
        Assert.Contains("kling-v2-6", Cli.Output);
        Assert.Contains("--no-model-checks", Cli.Output);
    }
}
