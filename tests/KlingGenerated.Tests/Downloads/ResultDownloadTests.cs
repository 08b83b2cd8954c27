using System.Net;
using System.Net.Http.Headers;
using KlingGenerated.Testing;
using Newtonsoft.Json.Linq;
using WireMock.ResponseBuilders;

namespace KlingGenerated.Tests.Downloads;

[Collection(WireMockCollection.Name)]
public sealed class ResultDownloadTests(WireMockFixture fixture) : DownloadTestBase(fixture)
{
    [Fact]
    public async Task SaveResultAsync_Video_StreamsToFolderWithProgressAndSidecar()
    {
        Stub("/cdn/v.mp4", Whole());
        var progress = new List<KlingDownloadProgress>();
        var task = VideoTask("861309198188019719", Url("/cdn/v.mp4"));

        var saved = Assert.Single(await Downloader.SaveResultAsync(task, Folder, NoPause(sidecar: true), new SyncProgress(progress.Add)));

        Assert.Equal(Path.Combine(Folder, "861309198188019719.mp4"), saved.Path);
        Assert.Equal(Content, await File.ReadAllBytesAsync(saved.Path));
        Assert.Equal((Length, Length), (progress[^1].BytesReceived, progress[^1].TotalBytes));
        var sidecar = JObject.Parse(await File.ReadAllTextAsync(saved.SidecarPath!));
        Assert.Equal("861309198188019719", sidecar.Value<string>("task_id"));
        Assert.Equal(Url("/cdn/v.mp4").ToString(), sidecar.Value<string>("source_url"));
        Assert.Equal(Clock.GetUtcNow(), sidecar["fetched_at"]!.ToObject<DateTimeOffset>());
        Assert.Equal(["861309198188019719.mp4", "861309198188019719.mp4.json"], FolderEntries());
        var request = Assert.Single(Server.ReceivedRequests());
        Assert.Null(request.Header("Authorization"));
    }

    [Fact]
    public async Task SaveResultAsync_Images_SavesEveryImageByIndex()
    {
        Stub("/cdn/0.png", Whole("image/png"));
        Stub("/cdn/1.jpg", Whole("image/jpeg"));
        var task = new TaskData
        {
            TaskId = "img-7",
            TaskStatus = "succeed",
            TaskResult = new TaskResult { Images = [new ImageResult { Index = 1, Url = Url("/cdn/1.jpg").ToString() }, new ImageResult { Index = 0, Url = Url("/cdn/0.png").ToString() }] },
        };

        var saved = await Downloader.SaveResultAsync(task, Folder, NoPause());

        Assert.Equal(["img-7-0.png", "img-7-1.jpg"], saved.Select(s => Path.GetFileName(s.Path)));
        Assert.Equal(["img-7-0.png", "img-7-1.jpg"], FolderEntries());
    }

    [Fact]
    public async Task DownloadToFileAsync_InterruptedTransfer_ResumesWithRange()
    {
        const string scenario = "resume";
        Stub("/cdn/r.mp4", Truncated(400), scenario, Started, "interrupted");
        Stub("/cdn/r.mp4", Rest(400), scenario, "interrupted");
        var target = Path.Combine(Folder, "r.mp4");

        var saved = await Downloader.DownloadToFileAsync(Url("/cdn/r.mp4"), target, "t1", NoPause());

        Assert.Equal(Length, saved.Length);
        Assert.Equal(Content, await File.ReadAllBytesAsync(target));
        var requests = Server.ReceivedRequests();
        Assert.Equal(2, requests.Count);
        Assert.Null(requests[0].Header("Range"));
        Assert.Equal("bytes=400-", requests[1].Header("Range"));
        Assert.Equal("\"v1\"", requests[1].Header("If-Range"));
        Assert.Equal(["r.mp4"], FolderEntries());
    }

    [Fact]
    public async Task DownloadToFileAsync_ServerIgnoresRange_RestartsFromTheStart()
    {
        const string scenario = "restart";
        Stub("/cdn/s.mp4", Truncated(300), scenario, Started, "interrupted");
        Stub("/cdn/s.mp4", Whole(), scenario, "interrupted");
        var target = Path.Combine(Folder, "s.mp4");

        await Downloader.DownloadToFileAsync(Url("/cdn/s.mp4"), target, options: NoPause());

        Assert.Equal(Content, await File.ReadAllBytesAsync(target));
        Assert.Equal("bytes=300-", Server.ReceivedRequests()[1].Header("Range"));
    }

    [Fact]
    public async Task DownloadToFileAsync_AlwaysTruncated_NothingUnderTheFinalName()
    {
        Stub("/cdn/t.mp4", Truncated(250));
        var target = Path.Combine(Folder, "t.mp4");

        var failed = await Assert.ThrowsAsync<KlingDownloadException>(() => Downloader.DownloadToFileAsync(Url("/cdn/t.mp4"), target, options: NoPause(attempts: 3)));

        Assert.Equal(Length, failed.TotalBytes);
        Assert.False(File.Exists(target));
        Assert.Empty(FolderEntries());
        Assert.Equal(3, Server.CountRequests("GET", "/cdn/t.mp4"));
    }

    [Fact]
    public async Task DownloadToFileAsync_ConnectionResetThenWhole_Completes()
    {
        const string scenario = "reset";
        Stub("/cdn/c.mp4", Response.Create().WithTransportFault(SandboxFault.ConnectionReset), scenario, Started, "up");
        Stub("/cdn/c.mp4", Whole(), scenario, "up");
        var target = Path.Combine(Folder, "c.mp4");

        await Downloader.DownloadToFileAsync(Url("/cdn/c.mp4"), target, options: NoPause());

        Assert.Equal(Content, await File.ReadAllBytesAsync(target));
        Assert.Equal(2, Server.CountRequests("GET", "/cdn/c.mp4"));
    }

    [Fact]
    public async Task DownloadToFileAsync_ExpiredUrl_FailsAtOnceWithTheStatus()
    {
        Stub("/cdn/gone.mp4", Response.Create().WithStatusCode(404).WithBody("gone"));
        var target = Path.Combine(Folder, "gone.mp4");

        var failed = await Assert.ThrowsAsync<HttpRequestException>(() => Downloader.DownloadToFileAsync(Url("/cdn/gone.mp4"), target, options: NoPause()));

        Assert.Equal(HttpStatusCode.NotFound, failed.StatusCode);
        Assert.Empty(FolderEntries());
        Assert.Equal(1, Server.CountRequests("GET", "/cdn/gone.mp4"));
    }

    [Fact]
    public async Task DownloadToFileAsync_ExistingFile_RefusedUnlessOverwriteAsked()
    {
        Stub("/cdn/e.mp4", Whole());
        var target = Path.Combine(Folder, "e.mp4");
        await File.WriteAllTextAsync(target, "keep me");

        await Assert.ThrowsAsync<IOException>(() => Downloader.DownloadToFileAsync(Url("/cdn/e.mp4"), target, options: NoPause()));
        Assert.Equal("keep me", await File.ReadAllTextAsync(target));
        Assert.Equal(0, Server.CountRequests("GET", "/cdn/e.mp4"));

        await Downloader.DownloadToFileAsync(Url("/cdn/e.mp4"), target, options: NoPause(overwrite: true));
        Assert.Equal(Content, await File.ReadAllBytesAsync(target));
    }

    [Theory]
    [InlineData("../../escape", "_.._escape")]
    [InlineData("/tmp/absolute", "_tmp_absolute")]
    [InlineData("..\\..\\windows", "_.._windows")]
    [InlineData("..", "task")]
    public async Task SaveResultAsync_TaskIdWithPathParts_StaysInTheFolder(string taskId, string expectedStem)
    {
        Stub("/cdn/p.mp4", Whole());
        var inner = Directory.CreateDirectory(Path.Combine(Folder, "inner")).FullName;

        var saved = Assert.Single(await Downloader.SaveResultAsync(VideoTask(taskId, Url("/cdn/p.mp4")), inner, NoPause()));

        Assert.Equal(inner, Path.GetDirectoryName(saved.Path));
        Assert.StartsWith(expectedStem, Path.GetFileName(saved.Path), StringComparison.Ordinal);
        Assert.Equal(["inner", Path.Combine("inner", Path.GetFileName(saved.Path))], FolderEntries());
    }

    [Fact]
    public async Task CopyResultToAsync_DribbledBody_WritesEveryByteToTheStream()
    {
        Stub("/cdn/d.mp4", Whole(fault: KlingBodyFault.Drip(Length / 5, TimeSpan.FromMilliseconds(10))));
        using var destination = new MemoryStream();
        var progress = new List<KlingDownloadProgress>();

        var length = await Downloader.CopyResultToAsync(VideoTask("d", Url("/cdn/d.mp4")), destination, new SyncProgress(progress.Add));

        Assert.Equal(Length, length);
        Assert.Equal(Content, destination.ToArray());
        Assert.True(progress.Count > 1, "A dribbled body should be reported in several steps.");
        Assert.Equal(progress.Select(p => p.BytesReceived).Order(), progress.Select(p => p.BytesReceived));
    }

    [Fact]
    public void Constructor_HttpClientWithAuthorization_Refused()
    {
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", WireMockFixture.TestKey);

        var refused = Assert.Throws<ArgumentException>(() => new KlingResultDownloader(http));

        Assert.Equal("httpClient", refused.ParamName);
        Assert.DoesNotContain(WireMockFixture.TestKey, refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../x.mp4")]
    [InlineData("/etc/x.mp4")]
    [InlineData("sub/x.mp4")]
    public void InFolder_NameLeavingTheFolder_Refused(string fileName)
    {
        Assert.Throws<ArgumentException>(() => SafeFileName.InFolder(Folder, fileName));
    }

    private sealed class SyncProgress(Action<KlingDownloadProgress> report) : IProgress<KlingDownloadProgress>
    {
        public void Report(KlingDownloadProgress value) => report(value);
    }
}
