using KlingGenerated.Testing;
using KlingGenerated.Tests.Sandbox;

namespace KlingGenerated.Tests.Cli;

[Collection(SandboxCollection.Name)]
public sealed class CreateCommandTests(SandboxFixture fixture) : CliTestBase(fixture)
{
    [Fact]
    public async Task MultiImageToVideo_WithJson_WritesTheVideoAndOneJsonObject()
    {
        var code = await Cli.RunAsync(Remote("multi-image2video", "--image", CliRun.Sample("day.png"), "--image", CliRun.Sample("night.png"),
            "--prompt", "The day turns into night.", "--mode", "pro", "--duration", "10", "--aspect-ratio", "1:1", "--out", "film.mp4", "--json"));

        Assert.True(code == 0, Cli.Error);
        var json = Cli.Json();
        Assert.Equal("succeed", json.Value<string>("status"));
        var create = Assert.Single(await Sandbox.GetCreatesAsync(KlingRoute.MultiImageToVideo));
        Assert.Equal(create.TaskId, json.Value<string>("task_id"));
        Assert.Equal(create.ExternalTaskId, json.Value<string>("external_task_id"));
        Assert.Equal(Path.Combine(Cli.Folder, "film.mp4"), Assert.Single(json["files"]!.Values<string>()));
        Assert.Single(json["urls"]!.Values<string>());
        Assert.Equal("ftyp", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(Path.Combine(Cli.Folder, "film.mp4")), 4, 4));
        Assert.Equal(Convert.ToBase64String(File.ReadAllBytes(CliRun.Sample("night.png"))), create.Body["image_list"]![1]!.Value<string>("image"));
        Assert.Equal("pro", create.Body.Value<string>("mode"));
        Assert.Equal("10", create.Body.Value<string>("duration"));
        Assert.True(create.Authorization.IsBearer(Key));
    }

    [Fact]
    public async Task ImageToVideo_WithEveryOption_SendsThemAndSavesUnderTheTaskId()
    {
        var code = await Cli.RunAsync(Remote("image2video", "--image", CliRun.Sample("day.png"), "--image-tail", "https://example.com/tail.png",
            "--prompt", "The sun sets.", "--negative-prompt", "blur", "--model", "kling-v1", "--mode", "std", "--duration", "5", "--cfg-scale", "0.4",
            "--external-task-id", "cli-order-1", "--callback-url", "https://example.com/hook"));

        Assert.True(code == 0, Cli.Error);
        var create = Assert.Single(await Sandbox.GetCreatesAsync(KlingRoute.ImageToVideo));
        Assert.Equal("cli-order-1", create.ExternalTaskId);
        Assert.Equal("https://example.com/tail.png", create.Body.Value<string>("image_tail"));
        Assert.Equal(0.4, create.Body.Value<double>("cfg_scale"));
        Assert.Equal("https://example.com/hook", create.Body.Value<string>("callback_url"));
        Assert.True(File.Exists(Path.Combine(Cli.Folder, create.TaskId + ".mp4")));
        Assert.Contains($"status: succeed", Cli.Output);
        Assert.Contains($"saved {Path.Combine(Cli.Folder, create.TaskId + ".mp4")}", Cli.Error);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("15")]
    public async Task ImageToVideo_TailFrameAloneWithAnyDurationFrom3To15_IsSent(string duration)
    {
        var code = await Cli.RunAsync(Remote("image2video", "--image-tail", "https://example.com/tail.png", "--model", "kling-v3", "--mode", "pro", "--duration", duration, "--no-wait", "--json"));

        Assert.True(code == 0, Cli.Error);
        var create = Assert.Single(await Sandbox.GetCreatesAsync(KlingRoute.ImageToVideo));
        Assert.Null(create.Body["image"]);
        Assert.Equal("https://example.com/tail.png", create.Body.Value<string>("image_tail"));
        Assert.Equal(duration, create.Body.Value<string>("duration"));
    }

    [Fact]
    public async Task ImageToVideo_NeitherImageNorTail_Exits2NamingBoth()
    {
        var code = await Cli.RunAsync(Remote("image2video", "--prompt", "The sun sets."));

        Assert.Equal(2, code);
        Assert.Contains("image: is required unless image_tail is given", Cli.Error);
        Assert.Empty(await Sandbox.GetCreatesAsync());
    }

    [Fact]
    public async Task Help_ImageToVideo_DescribesTheDurationsAndTheFrames()
    {
        var code = await Cli.RunAsync("image2video", "--help");

        Assert.Equal(0, code);
        Assert.Contains("3 to 15", Cli.Output);
        Assert.Contains("Give --image, --image-tail or both", Cli.Output);
    }

    [Fact]
    public async Task MultiImageToImage_SavesEveryImageIntoOutDir()
    {
        var code = await Cli.RunAsync(Remote("multi-image2image", "--subject", CliRun.Sample("day.png"), "--subject", CliRun.Sample("night.png"),
            "--scene", "https://example.com/scene.png", "--style", "https://example.com/style.png", "--prompt", "Both skies at once.",
            "--n", "2", "--aspect-ratio", "21:9", "--out-dir", "images", "--json"));

        Assert.True(code == 0, Cli.Error);
        var files = Cli.Json()["files"]!.Values<string>().ToList();
        Assert.Equal(2, files.Count);
        Assert.All(files, f => Assert.StartsWith(Path.Combine(Cli.Folder, "images"), f));
        Assert.All(files, f => Assert.Equal(0x89, File.ReadAllBytes(f!)[0]));
        var create = Assert.Single(await Sandbox.GetCreatesAsync(KlingRoute.MultiImageToImage));
        Assert.Equal("https://example.com/scene.png", create.Body.Value<string>("scene_image"));
        Assert.Equal("21:9", create.Body.Value<string>("aspect_ratio"));
    }

    [Fact]
    public async Task NoWait_PrintsTheSubmittedTask_AndSavesNothing()
    {
        var code = await Cli.RunAsync(Remote("image2video", "--image", "https://example.com/a.png", "--no-wait", "--json"));

        Assert.Equal(0, code);
        var json = Cli.Json();
        Assert.Equal("submitted", json.Value<string>("status"));
        Assert.Empty(json["files"]!);
        Assert.Empty(Directory.GetFiles(Cli.Folder));
        Assert.Empty(await Sandbox.GetQueriesAsync(json.Value<string>("task_id")!));
    }

    [Fact]
    public async Task WithoutKeyOrBaseUrl_RunsOnTheEmbeddedSandbox_AndSaysSoOnStderr()
    {
        var code = await Cli.RunAsync("image2video", "--image", CliRun.Sample("day.png"), "--poll-interval", "0.05", "--json");

        Assert.True(code == 0, Cli.Error);
        Assert.True(Cli.Json().Value<bool>("simulated"));
        Assert.Single(Cli.Error.Split('\n'), l => l.Contains("sandbox", StringComparison.Ordinal) && l.Contains("simulated", StringComparison.Ordinal));
        Assert.Single(Directory.GetFiles(Cli.Folder, "*.mp4"));
        Assert.Empty(await Sandbox.GetCreatesAsync());
    }
}
