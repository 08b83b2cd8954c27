using KlingGenerated.Cli.Batch;
using Newtonsoft.Json.Linq;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace KlingGenerated.Tests.Cli;

/// <summary>The CLI against a server that picks task ids and result URLs to hit the files beside the results, or sends malformed ones.</summary>
[Collection(WireMockCollection.Name)]
public sealed class HostileResultServerTests(WireMockFixture fixture) : IAsyncLifetime, IDisposable
{
    private const string Key = "sk-hostile-test-5e1d0c";

    private readonly CliRun _cli = new();

    private string Out => Path.Combine(_cli.Folder, "out");

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("kling-batch.journal", "forged.jsonl")]
    [InlineData("day", "day.png")]
    [InlineData("kling-batch", "x.lock")]
    [InlineData("../..\\a/\u001b[2J\nfile: /etc/passwd\r", "v.mp4")]
    public async Task Batch_ServerChosenTaskIdAndUrl_CannotOverwriteTheJournalOrAnInput(string taskId, string mediaName)
    {
        Directory.CreateDirectory(Out);
        var input = Path.Combine(Out, "day.png");
        File.Copy(CliRun.Sample("day.png"), input);
        var inputBytes = await File.ReadAllBytesAsync(input);
        File.WriteAllText(Path.Combine(_cli.Folder, "jobs.jsonl"), """{"route":"image2video","image":"out/day.png","prompt":"p"}""" + "\n");
        var forged = """{"line":1,"key":"x","route":"image2video","external_task_id":"kg-x","task_id":"x","state":"done","files":["day.png"]}""" + "\n";
        ServeTask("/kling/v1/videos/image2video", taskId, new JObject { ["videos"] = new JArray(new JObject { ["id"] = "v", ["url"] = Media(mediaName), ["duration"] = "5" }) });
        ServeMedia(mediaName, System.Text.Encoding.UTF8.GetBytes(forged));

        var code = await _cli.RunAsync(Args("batch", "jobs.jsonl", "--out-dir", "out", "--json"));

        Assert.True(code == 0, _cli.Error);
        Assert.Equal(inputBytes, await File.ReadAllBytesAsync(input));
        var journal = await File.ReadAllTextAsync(Path.Combine(Out, BatchJournal.FileName));
        Assert.DoesNotContain("\"task_id\":\"x\"", journal);
        Assert.Contains(journal.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(JObject.Parse), e => e.Value<string>("task_id") == taskId);
        var saved = Assert.Single(_cli.Json()["files"]!.Values<string>())!;
        Assert.EndsWith(".mp4", saved, StringComparison.Ordinal);
        Assert.DoesNotContain(taskId, Path.GetFileName(saved), StringComparison.Ordinal);
        Assert.Equal(forged, await File.ReadAllTextAsync(saved));
        Assert.DoesNotContain('\u001b', _cli.Error);
        Assert.DoesNotContain(_cli.Error.Split('\n'), l => l.StartsWith("file:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TaskWait_TwoImagesWithTheSameIndex_SavesBoth()
    {
        ServeTask("/kling/v1/images/multi-image2image", "twin", new JObject
        {
            ["images"] = new JArray(new JObject { ["index"] = 0, ["url"] = Media("a.png") }, new JObject { ["index"] = 0, ["url"] = Media("b.png") }),
        });
        ServeMedia("a.png", "first image"u8.ToArray());
        ServeMedia("b.png", "second image"u8.ToArray());

        var code = await _cli.RunAsync(Args("task", "wait", "multi-image2image", "twin", "--out-dir", "out", "--json"));

        Assert.True(code == 0, _cli.Error);
        var files = _cli.Json()["files"]!.Values<string>().ToList();
        Assert.Equal(2, files.Distinct().Count());
        Assert.Equal(["first image", "second image"], files.Select(f => File.ReadAllText(f!)));
    }

    [Fact]
    public async Task Batch_MalformedUrlOnlyInWatermark_StillSaves_AndInTheVideoNamesTheField()
    {
        File.WriteAllText(Path.Combine(_cli.Folder, "jobs.jsonl"), """{"id":"clip","route":"image2video","image":"https://example.com/a.png"}""" + "\n");
        ServeTask("/kling/v1/videos/image2video", "t-watermark", new JObject
        {
            ["videos"] = new JArray(new JObject { ["id"] = "v", ["url"] = Media("v.mp4"), ["watermark_url"] = "http://[not a host/w.mp4" }),
        });
        ServeMedia("v.mp4", "video"u8.ToArray());

        Assert.Equal(0, await _cli.RunAsync(Args("batch", "jobs.jsonl", "--out-dir", "out", "--json")));
        Assert.Equal("video", File.ReadAllText(Path.Combine(Out, "clip.mp4")));

        await fixture.ResetAsync();
        File.WriteAllText(Path.Combine(_cli.Folder, "jobs.jsonl"), """{"id":"broken","route":"image2video","image":"https://example.com/a.png"}""" + "\n");
        ServeTask("/kling/v1/videos/image2video", "t-broken", new JObject
        {
            ["videos"] = new JArray(new JObject { ["id"] = "v", ["url"] = "http://[not a host/v.mp4" }),
        });

        var code = await _cli.RunAsync(Args("batch", "jobs.jsonl", "--out-dir", "out", "--json"));

        Assert.Equal(4, code);
        var job = _cli.Json();
        Assert.Equal("failed", job.Value<string>("status"));
        Assert.Contains("task_result.videos[0].url", job.Value<string>("message"));
        Assert.Contains("t-broken", job.Value<string>("message"));
    }

    [Fact]
    public async Task Batch_TwoImagesWithTheSameIndex_AreBothKept()
    {
        File.WriteAllText(Path.Combine(_cli.Folder, "jobs.jsonl"),
            """{"route":"multi-image2image","subject_image_list":[{"subject_image":"https://example.com/a.png"},{"subject_image":"https://example.com/b.png"}],"n":2}""" + "\n");
        ServeTask("/kling/v1/images/multi-image2image", "twin", new JObject
        {
            ["images"] = new JArray(new JObject { ["index"] = 0, ["url"] = Media("a.png") }, new JObject { ["index"] = 0, ["url"] = Media("b.png") }),
        });
        ServeMedia("a.png", "first image"u8.ToArray());
        ServeMedia("b.png", "second image"u8.ToArray());

        var code = await _cli.RunAsync(Args("batch", "jobs.jsonl", "--out-dir", "out", "--json"));

        Assert.True(code == 0, _cli.Error);
        var files = _cli.Json()["files"]!.Values<string>().ToList();
        Assert.Equal(2, files.Distinct().Count());
        Assert.Equal(["first image", "second image"], files.Select(f => File.ReadAllText(f!)));
    }

    private string[] Args(params string[] args) =>
        [.. args, "--base-url", fixture.BaseUri.ToString(), "--api-key", Key, "--poll-interval", "0.05"];

    private string Media(string name) => $"{fixture.BaseUri}hostile-media/{name}";

    private void ServeTask(string path, string taskId, JObject taskResult)
    {
        fixture.Server.Given(Request.Create().WithPath(path).UsingPost()).AtPriority(1).RespondWith(Response.Create()
            .WithStatusCode(200).WithHeader("Content-Type", "application/json")
            .WithBody(new JObject { ["code"] = 0, ["message"] = "SUCCEED", ["data"] = new JObject { ["task_id"] = taskId, ["task_status"] = "submitted" } }.ToString()));
        fixture.Server.Given(Request.Create().WithPath(new RegexMatcher("^" + path + "/.+$")).UsingGet()).AtPriority(1).RespondWith(Response.Create()
            .WithStatusCode(200).WithHeader("Content-Type", "application/json")
            .WithBody(new JObject
            {
                ["code"] = 0,
                ["message"] = "SUCCEED",
                ["data"] = new JObject { ["task_id"] = taskId, ["task_status"] = "succeed", ["task_result"] = taskResult },
            }.ToString()));
    }

    private void ServeMedia(string name, byte[] body) =>
        fixture.Server.Given(Request.Create().WithPath("/hostile-media/" + name).UsingGet()).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/octet-stream").WithBody(body));
}
