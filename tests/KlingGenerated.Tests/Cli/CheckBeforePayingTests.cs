using KlingGenerated.Testing;
using KlingGenerated.Tests.Sandbox;

namespace KlingGenerated.Tests.Cli;

/// <summary>Every local check runs before the create is sent: a refused input costs nothing and reaches no server.</summary>
[Collection(SandboxCollection.Name)]
public sealed class CheckBeforePayingTests(SandboxFixture fixture) : CliTestBase(fixture)
{
    private const string Image = "https://example.com/a.png";

    [Fact]
    public async Task AnExistingOut_WithoutOverwrite_IsRefusedBeforeTheCreate_NamingTheFlag()
    {
        File.WriteAllText(Path.Combine(Cli.Folder, "film.mp4"), "keep me");

        var code = await Cli.RunAsync(Remote("image2video", "--image", Image, "--out", "film.mp4"));

        Assert.Equal(2, code);
        Assert.Contains("--overwrite", Cli.Error);
        Assert.DoesNotContain("KlingDownloadOptions", Cli.Error);
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(Cli.Folder, "film.mp4")));
        Assert.Empty(Sandbox.Server.LogEntries);
    }

    [Fact]
    public async Task AnExistingOut_WithOverwrite_IsReplaced()
    {
        File.WriteAllText(Path.Combine(Cli.Folder, "film.mp4"), "old");

        var code = await Cli.RunAsync(Remote("image2video", "--image", Image, "--out", "film.mp4", "--overwrite"));

        Assert.True(code == 0, Cli.Error);
        Assert.Equal("ftyp", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(Path.Combine(Cli.Folder, "film.mp4")), 4, 4));
    }

    [Theory]
    [InlineData("--out", "folder")]
    [InlineData("--out", "blocker/film.mp4")]
    [InlineData("--out-dir", "blocker")]
    [InlineData("--out-dir", "blocker/sub")]
    public async Task AnUnusableSavePath_IsRefusedBeforeTheCreate(string option, string path)
    {
        Directory.CreateDirectory(Path.Combine(Cli.Folder, "folder"));
        File.WriteAllText(Path.Combine(Cli.Folder, "blocker"), "a file where a folder would go");
        string[] args = option == "--out"
            ? ["image2video", "--image", Image, "--out", path]
            : ["multi-image2image", "--subject", Image, "--subject", Image, "--out-dir", path];

        var code = await Cli.RunAsync(Remote(args));

        Assert.Equal(2, code);
        Assert.Contains("nothing was sent", Cli.Error);
        Assert.Contains(option, Cli.Error);
        Assert.Empty(Sandbox.Server.LogEntries);
    }

    [Theory]
    [InlineData("--poll-interval", "1e-9")]
    [InlineData("--poll-interval", "0.01")]
    [InlineData("--timeout", "1e-9")]
    [InlineData("--timeout", "0.05")]
    [InlineData("--timeout", "NaN")]
    [InlineData("--timeout", "Infinity")]
    [InlineData("--timeout", "-3")]
    [InlineData("--timeout", "1e300")]
    public async Task AnIntervalOrTimeoutOutOfBounds_IsRefusedBeforeTheCreate(string option, string value)
    {
        var code = await Cli.RunAsync([.. Remote("image2video", "--image", Image), option, value]);

        Assert.Equal(2, code);
        Assert.Contains(option, Cli.Error);
        Assert.Contains("nothing was sent", Cli.Error);
        Assert.Empty(Sandbox.Server.LogEntries);
    }

    [Fact]
    public async Task APollIntervalLongerThanTheTimeout_IsRefusedBeforeTheCreate()
    {
        var code = await Cli.RunAsync(RemoteWithPolling("5", "image2video", "--image", Image, "--timeout", "2"));

        Assert.Equal(2, code);
        Assert.Contains("--poll-interval", Cli.Error);
        Assert.Empty(Sandbox.Server.LogEntries);
    }

    [Fact]
    public async Task TaskWait_ToAnExistingOut_IsRefusedBeforeAnyQuery()
    {
        File.WriteAllText(Path.Combine(Cli.Folder, "film.mp4"), "keep me");

        var code = await Cli.RunAsync(Remote("task", "wait", "image2video", "t-1", "--out", "film.mp4"));

        Assert.Equal(2, code);
        Assert.Contains("--overwrite", Cli.Error);
        Assert.Empty(Sandbox.Server.LogEntries);
    }

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("a/b")]
    [InlineData("../image2video")]
    [InlineData("t?page=1")]
    [InlineData("t#x")]
    [InlineData("t\n1")]
    [InlineData("t\u001b[2J")]
    public async Task ANonId_IsRefusedBeforeAnyRequest(string taskId)
    {
        var get = await Cli.RunAsync(Remote("task", "get", "image2video", taskId));
        var wait = await Cli.RunAsync(Remote("task", "wait", "image2video", taskId));

        Assert.Equal((2, 2), (get, wait));
        Assert.Contains("nothing was sent", Cli.Error);
        Assert.Empty(Sandbox.Server.LogEntries);
    }

    [Fact]
    public async Task AnOverlongId_IsRefusedBeforeAnyRequest()
    {
        var code = await Cli.RunAsync(Remote("task", "get", "image2video", new string('7', 129)));

        Assert.Equal(2, code);
        Assert.Contains("at most 128", Cli.Error);
        Assert.Empty(Sandbox.Server.LogEntries);
    }

    [Fact]
    public async Task TheImageChecks_StillRunBeforeTheCreate()
    {
        var code = await Cli.RunAsync(Remote("multi-image2image", "--subject", CliRun.Sample("day.png"), "--n", "10"));

        Assert.Equal(2, code);
        Assert.Empty(Sandbox.Server.LogEntries);
        Assert.Empty(await Sandbox.GetCreatesAsync(KlingRoute.MultiImageToImage));
    }
}
