using WireMock.ResponseBuilders;

namespace KlingGenerated.Tests.Downloads;

/// <summary>What a saved result is called, and what an existing file or a malformed URL does to a save.</summary>
[Collection(WireMockCollection.Name)]
public sealed class ResultNamingTests(WireMockFixture fixture) : DownloadTestBase(fixture)
{
    private static IResponseBuilder Body(string text) => Response.Create().WithStatusCode(200).WithBody(text);

    private static TaskData ImageTask(string taskId, params ImageResult[] images) =>
        new() { TaskId = taskId, TaskStatus = "succeed", TaskResult = new TaskResult { Images = [.. images] } };

    [Fact]
    public async Task SaveResultAsync_TwoImagesWithTheSameIndex_SavesBothApart()
    {
        Stub("/cdn/a.png", Body("first"));
        Stub("/cdn/b.png", Body("second"));
        var task = ImageTask("twin", new ImageResult { Index = 0, Url = Url("/cdn/a.png").ToString() }, new ImageResult { Index = 0, Url = Url("/cdn/b.png").ToString() });

        var saved = await Downloader.SaveResultAsync(task, Folder, NoPause());

        Assert.Equal(2, saved.Select(s => s.Path).Distinct().Count());
        Assert.Equal(["first", "second"], saved.Select(s => File.ReadAllText(s.Path)));
        Assert.Equal(2, FolderEntries().Length);
    }

    [Theory]
    [InlineData("/cdn/v.exe", true, ".mp4")]
    [InlineData("/cdn/v.mov", true, ".mp4")]
    [InlineData("/cdn/i.jsonl", false, ".png")]
    [InlineData("/cdn/i.webp", false, ".webp")]
    [InlineData("/cdn/i.JPEG", false, ".jpeg")]
    [InlineData("/cdn/i.jpg", false, ".jpg")]
    [InlineData("/cdn/noextension", false, ".png")]
    public async Task SaveResultAsync_TakesTheExtensionFromTheUrl_OnlyWhenItIsAKnownFormat(string path, bool video, string extension)
    {
        Stub(path, Body("result"));
        var task = video ? VideoTask("t1", Url(path)) : ImageTask("t1", new ImageResult { Index = 0, Url = Url(path).ToString() });

        var saved = Assert.Single(await Downloader.SaveResultAsync(task, Folder, NoPause()));

        Assert.Equal(extension, Path.GetExtension(saved.Path));
    }

    [Fact]
    public async Task SaveResultAsync_HostileTaskId_StaysAPlainNameInTheFolder()
    {
        Stub("/cdn/v.mp4", Body("video"));

        var saved = Assert.Single(await Downloader.SaveResultAsync(VideoTask("../\u001b[2J\n/..\\x", Url("/cdn/v.mp4")), Folder, NoPause()));

        Assert.Equal(Folder, Path.GetDirectoryName(saved.Path));
        Assert.DoesNotContain(Path.GetFileName(saved.Path), c => char.IsControl(c) || c is '/' or '\\');
        Assert.Single(FolderEntries());
    }

    [Fact]
    public async Task SaveResultAsync_ExistingSidecar_WithoutOverwrite_IsRefusedBeforeAnythingIsDownloaded()
    {
        Stub("/cdn/v.mp4", Whole());
        var sidecar = Path.Combine(Folder, "t2.mp4.json");
        await File.WriteAllTextAsync(sidecar, "kept");

        var error = await Assert.ThrowsAsync<IOException>(() => Downloader.SaveResultAsync(VideoTask("t2", Url("/cdn/v.mp4")), Folder, NoPause(sidecar: true)));

        Assert.Contains(sidecar, error.Message);
        Assert.Equal("kept", await File.ReadAllTextAsync(sidecar));
        Assert.Empty(Server.ReceivedRequests());
        Assert.Equal(["t2.mp4.json"], FolderEntries());
    }

    [Fact]
    public async Task DownloadToFileAsync_ExistingSidecar_WithoutOverwrite_IsRefused_AndWithOverwriteReplaced()
    {
        Stub("/cdn/v.mp4", Whole());
        var target = Path.Combine(Folder, "v.mp4");
        await File.WriteAllTextAsync(target + ".json", "kept");

        await Assert.ThrowsAsync<IOException>(() => Downloader.DownloadToFileAsync(Url("/cdn/v.mp4"), target, "t3", NoPause(sidecar: true)));
        Assert.Equal("kept", await File.ReadAllTextAsync(target + ".json"));
        Assert.False(File.Exists(target));

        await Downloader.DownloadToFileAsync(Url("/cdn/v.mp4"), target, "t3", NoPause(overwrite: true, sidecar: true));
        Assert.Contains("\"t3\"", await File.ReadAllTextAsync(target + ".json"));
    }

    [Fact]
    public async Task SaveResultAsync_MalformedWatermarkUrl_DoesNotBlockTheSave()
    {
        Stub("/cdn/v.mp4", Whole());
        var task = VideoTask("t4", Url("/cdn/v.mp4"));
        task.TaskResult!.Videos!.Single().WatermarkUrl = "http://[not a host/w.mp4";

        var saved = Assert.Single(await Downloader.SaveResultAsync(task, Folder, NoPause()));

        Assert.Equal(Content, await File.ReadAllBytesAsync(saved.Path));
    }

    [Theory]
    [InlineData("http://[not a host/v.mp4")]
    [InlineData("relative/v.mp4")]
    public async Task SaveResultAsync_MalformedResultUrl_NamesTheFieldAndTheTask(string url)
    {
        var task = ImageTask("t5", new ImageResult { Index = 0, Url = Url("/cdn/a.png").ToString() }, new ImageResult { Index = 1, Url = url });

        var error = await Assert.ThrowsAnyAsync<Exception>(() => Downloader.SaveResultAsync(task, Folder, NoPause()));

        Assert.Contains("task_result.images[1].url", error.Message);
        Assert.Contains("t5", error.Message);
        Assert.Empty(Server.ReceivedRequests());
    }
}
