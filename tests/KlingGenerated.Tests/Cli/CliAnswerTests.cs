using System.Text;
using WireMock.ResponseBuilders;

namespace KlingGenerated.Tests.Cli;

/// <summary>Answers the sandbox never gives: unreadable bodies, more images than asked for, a large download.</summary>
public sealed class CliAnswerTests(WireMockFixture fixture) : CliWireMockTestBase(fixture)
{
    private const string VideoPath = "/kling/v1/videos/image2video";
    private const string ImagesPath = "/kling/v1/images/multi-image2image";

    // JSON with Kling's success code, but no task where the task should be: nothing to retry, nothing to read.
    private const string Garbled = "{\"code\":0,\"message\":\"SUCCEED\",\"data\":\"upstream hiccup\"}";

    [Fact]
    public async Task AnUnreadableCreateAnswer_IsNotARefusal_AndSaysTheTaskMayExist()
    {
        // Too large to read: retried as a create, then looked up by external id, and the lookup's answer is too large as well.
        var tooLarge = Json(200, "{}").WithBodyFault(KlingBodyFault.DeclaredLength(1L << 31));
        Answer("POST", VideoPath, tooLarge);
        Answer("GET", VideoPath + "/cli-garbled-1", tooLarge);

        var code = await Cli.RunAsync(Remote("image2video", "--image", "https://example.com/a.png", "--external-task-id", "cli-garbled-1", "--json"));

        Assert.Equal(1, code);
        Assert.True(Cli.Error.Contains("the answer from 127.0.0.1 could not be read", StringComparison.Ordinal), Cli.Error);
        Assert.DoesNotContain("refused", Cli.Error);
        Assert.Contains("kling task get image2video cli-garbled-1", Cli.Error);
        Assert.Equal("unreadable", Cli.Json().Value<string>("status"));
        Assert.Equal("cli-garbled-1", Cli.Json().Value<string>("external_task_id"));
    }

    [Fact]
    public async Task AnUnreadableQueryAnswer_SaysTheAnswerCouldNotBeRead()
    {
        Answer("GET", VideoPath + "/t-garbled", Json(200, Garbled));

        var code = await Cli.RunAsync(Remote("task", "get", "image2video", "t-garbled"));

        Assert.Equal(1, code);
        Assert.True(Cli.Error.Contains("the answer from 127.0.0.1 could not be read", StringComparison.Ordinal), Cli.Error);
        Assert.DoesNotContain("refused", Cli.Error);
    }

    [Fact]
    public async Task NOne_WithAServerReturning500Images_SavesOne_AndSaysHowManyWereIgnored()
    {
        var png = File.ReadAllBytes(CliRun.Sample("day.png"));
        var images = string.Join(",", Enumerable.Range(0, 500).Select(i => $$"""{"index":{{i}},"url":"http://127.0.0.1:{{Server.Port}}/media/{{i}}.png"}"""));
        Answer("POST", ImagesPath, Json(200, TaskJson("\"t-many\"", "submitted")));
        Answer("GET", ImagesPath + "/t-many", Json(200, TaskJson("\"t-many\"", "succeed", $$""","task_result":{"images":[{{images}}]}""")));
        Server.Given(WireMock.RequestBuilders.Request.Create().WithPath(new WireMock.Matchers.WildcardMatcher("/media/*")).UsingGet()).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "image/png").WithBody(png));

        var code = await Cli.RunAsync(Remote("multi-image2image", "--subject", "https://example.com/1.png", "--subject", "https://example.com/2.png",
            "--n", "1", "--out-dir", "out", "--json"));

        Assert.True(code == 0, Cli.Error);
        var saved = Assert.Single(Directory.GetFiles(Path.Combine(Cli.Folder, "out")));
        Assert.Equal(png, File.ReadAllBytes(saved));
        Assert.Single(Cli.Json()["files"]!);
        Assert.Contains("ignoring 499", Cli.Error);
        Assert.Equal(1, Server.LogEntries.Count(e => e.RequestMessage.Path.StartsWith("/media/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ARedirectedDownload_PrintsAFewProgressLines_NotOnePerChunk()
    {
        var video = new byte[8 * 1024 * 1024];
        Encoding.ASCII.GetBytes("\0\0\0\x18ftypmp42").CopyTo(video, 0);
        var result = $$""","task_result":{"videos":[{"id":"v","url":"http://127.0.0.1:{{Server.Port}}/media/film.mp4","duration":"5"}]}""";
        Answer("POST", VideoPath, Json(200, TaskJson("\"t-big\"", "submitted")));
        Answer("GET", VideoPath + "/t-big", Json(200, TaskJson("\"t-big\"", "succeed", result)));
        Answer("GET", "/media/film.mp4", Response.Create().WithStatusCode(200).WithHeader("Content-Type", "video/mp4").WithBody(video));

        var code = await Cli.RunAsync(Remote("image2video", "--image", "https://example.com/a.png", "--out", "film.mp4"));

        Assert.True(code == 0, Cli.Error);
        Assert.Equal(video.Length, new FileInfo(Path.Combine(Cli.Folder, "film.mp4")).Length);
        var progressLines = Cli.Error.Split('\n').Count(l => l.Contains("downloading", StringComparison.Ordinal));
        Assert.InRange(progressLines, 1, 12);
    }
}
