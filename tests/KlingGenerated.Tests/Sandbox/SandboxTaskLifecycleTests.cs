using KlingGenerated.Testing;

namespace KlingGenerated.Tests.Sandbox;

[Collection(SandboxCollection.Name)]
public sealed class SandboxTaskLifecycleTests(SandboxFixture fixture) : SandboxTestBase(fixture)
{
    [Fact]
    public async Task Query_UnscriptedTask_WalksSubmittedProcessingSucceed()
    {
        var created = await Client.CreateImageToVideoTaskAsync(ImageToVideo("order-1"));

        var statuses = new List<string?>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await Client.GetImageToVideoTaskAsync(created.Data!.TaskId!)).Data!.TaskStatus);
        }

        Assert.Equal("submitted", created.Data!.TaskStatus);
        Assert.Equal("order-1", created.Data.TaskInfo!.ExternalTaskId);
        Assert.Equal(["submitted", "processing", "succeed"], statuses);
    }

    [Fact]
    public async Task Query_ByExternalTaskId_FindsTheTaskAndCountsAsAPoll()
    {
        var created = await Client.CreateImageToVideoTaskAsync(ImageToVideo("order-by-external"));
        await Client.GetImageToVideoTaskAsync(created.Data!.TaskId!);

        var byExternal = await Client.GetImageToVideoTaskAsync("order-by-external");

        Assert.Equal(created.Data.TaskId, byExternal.Data!.TaskId);
        Assert.Equal("processing", byExternal.Data.TaskStatus);
        Assert.Equal(2, (await Sandbox.GetQueriesAsync(created.Data.TaskId!)).Count);
    }

    [Fact]
    public async Task Query_UnknownId_Gets404WithCode1203()
    {
        var error = await Assert.ThrowsAsync<KlingApiException<ErrorResponse>>(() => Client.GetMultiImageToVideoTaskAsync("no-such-task"));

        Assert.Equal(404, error.StatusCode);
        Assert.Equal(1203, error.Result.Code);
    }

    [Fact]
    public async Task Query_TaskOfAnotherRoute_IsNotFound()
    {
        var created = await Client.CreateImageToVideoTaskAsync(ImageToVideo());

        var error = await Assert.ThrowsAsync<KlingApiException<ErrorResponse>>(() => Client.GetMultiImageToVideoTaskAsync(created.Data!.TaskId!));

        Assert.Equal(1203, error.Result.Code);
    }

    [Fact]
    public async Task List_AfterTwoCreates_ReturnsTheRoutesTasksNewestFirst()
    {
        var first = await Client.CreateImageToVideoTaskAsync(ImageToVideo());
        var second = await Client.CreateImageToVideoTaskAsync(ImageToVideo());
        await Client.CreateMultiImageToImageTaskAsync(TwoSubjects());

        var all = await Client.ListImageToVideoTasksAsync();
        var page2 = await Client.ListImageToVideoTasksAsync(pageNum: 2, pageSize: 1);

        Assert.Equal([second.Data!.TaskId, first.Data!.TaskId], all.Data!.Select(t => t!.TaskId));
        Assert.Equal(first.Data.TaskId, Assert.Single(page2.Data!)!.TaskId);
    }

    [Fact]
    public async Task Create_SameExternalTaskIdTwice_IsRefusedWith1201()
    {
        await Client.CreateImageToVideoTaskAsync(ImageToVideo("order-once"));

        var error = await Assert.ThrowsAsync<KlingApiException<ErrorResponse>>(() => Client.CreateImageToVideoTaskAsync(ImageToVideo("order-once")));

        Assert.Equal(400, error.StatusCode);
        Assert.Equal(1201, error.Result.Code);
        Assert.Contains("external_task_id", error.Result.Message);
        Assert.Single(await Client.ListImageToVideoTasksAsync() is { Data: { } tasks } ? tasks : []);
    }

    [Fact]
    public async Task SucceededVideo_ResultUrl_ServesARealMp4()
    {
        var task = await Sandbox.ScriptNextTaskAsync(KlingRoute.ImageToVideo, s => s.SucceedAfterPolls(1));
        await Client.CreateImageToVideoTaskAsync(ImageToVideo());

        var video = Assert.Single((await Client.GetImageToVideoTaskAsync(task.TaskId)).Data!.TaskResult!.Videos!);
        using var http = new HttpClient();
        using var response = await http.GetAsync(video.Url);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.StartsWith(Sandbox.BaseUri.ToString(), video.Url);
        Assert.Equal("video/mp4", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("ftyp"u8.ToArray(), bytes[4..8]);
        Assert.InRange(bytes.Length, 1_000, 50_000);
    }

    [Fact]
    public async Task SucceededImages_ResultUrls_ServeOneRealPngPerRequestedImage()
    {
        var task = await Sandbox.ScriptNextTaskAsync(KlingRoute.MultiImageToImage, s => s.SucceedAfterPolls(1));
        var request = TwoSubjects();
        request.N = 2;
        await Client.CreateMultiImageToImageTaskAsync(request);

        var images = (await Client.GetMultiImageToImageTaskAsync(task.TaskId)).Data!.TaskResult!.Images!;
        using var http = new HttpClient();
        var bytes = await http.GetByteArrayAsync(images[1].Url);

        Assert.Equal([0, 1], images.Select(i => i.Index!.Value));
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
    }

    [Theory]
    [InlineData(0, "succeed")]
    [InlineData(3600, "submitted")]
    public async Task Query_TaskScriptedToSucceedAfterATime_ReportsByElapsedTime(int seconds, string expected)
    {
        var task = await Sandbox.ScriptNextTaskAsync(KlingRoute.ImageGeneration, s => s.SucceedAfter(TimeSpan.FromSeconds(seconds)));
        await Client.CreateImageGenerationTaskAsync(new ImageGenerationRequest
        {
            SubjectImageList = [new SubjectImageItem { SubjectImage = KlingImage.FromUrl("https://example.com/a.png") }, new SubjectImageItem { SubjectImage = KlingImage.FromUrl("https://example.com/b.png") }],
        });

        var status = (await Client.GetImageGenerationTaskAsync(task.TaskId)).Data!.TaskStatus;

        Assert.Equal(expected, status);
    }

    private static MultiImageToImageRequest TwoSubjects() => new()
    {
        SubjectImageList = [new SubjectImageItem { SubjectImage = KlingImage.FromUrl("https://example.com/a.png") }, new SubjectImageItem { SubjectImage = KlingImage.FromUrl("https://example.com/b.png") }],
    };
}
