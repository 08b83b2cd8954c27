using System.Diagnostics;
using WireMock.ResponseBuilders;

namespace KlingGenerated.Tests.Cli;

/// <summary>A create answered with a Retry-After far beyond what the command would wait is reported at once, not slept through, and as what it was.</summary>
public sealed class CliRetryAfterTests(WireMockFixture fixture) : CliWireMockTestBase(fixture)
{
    private const string VideoPath = "/kling/v1/videos/image2video";

    [Fact]
    public async Task ACreateRefusedWithRetryAfterOfADay_ExitsRefusedAtOnce_SayingNoTaskWasCreated()
    {
        Answer("POST", VideoPath, Json(429, "{\"code\":1303,\"message\":\"parallel task over resource pack limit\",\"request_id\":\"r-1303\"}")
            .WithHeader("Retry-After", "86400"));
        var clock = Stopwatch.StartNew();

        var code = await Cli.RunAsync(Remote("image2video", "--image", "https://example.com/a.png", "--prompt", "A cat."));

        // Before, the command stayed silent for minutes and then ended with exit 1.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"Took {clock.Elapsed}.");
        Assert.True(code == 3, Cli.Error);
        Assert.Contains("86400", Cli.Error);
        Assert.Contains("no task was created", Cli.Error);
        Assert.Equal(1, Posts(VideoPath));
    }

    [Fact]
    public async Task ACreateAnsweredWithAServerErrorAndALongRetryAfter_SaysTheTaskMayExist_NotThatItWasRefused()
    {
        Answer("POST", VideoPath, Json(503, "{\"code\":5000,\"message\":\"internal error\",\"request_id\":\"r-5000\"}")
            .WithHeader("Retry-After", "3600"));

        var code = await Cli.RunAsync(Remote("image2video", "--image", "https://example.com/a.png", "--external-task-id", "cli-5000-1"));

        Assert.True(code == 1, Cli.Error);
        Assert.Contains("server error", Cli.Error);
        Assert.DoesNotContain("refused", Cli.Error);
        Assert.Contains("the task may exist", Cli.Error);
        Assert.Contains("kling task get image2video cli-5000-1", Cli.Error);
        Assert.Equal(1, Posts(VideoPath));
    }
}
