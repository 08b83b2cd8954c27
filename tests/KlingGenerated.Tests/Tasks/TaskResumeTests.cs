namespace KlingGenerated.Tests.Tasks;

[Collection(WireMockCollection.Name)]
public sealed class TaskResumeTests(WireMockFixture fixture) : TaskTestBase(fixture)
{
    [Fact]
    public async Task WaitForTaskAsync_ByExternalTaskId_ResumesAndLearnsTheTaskId()
    {
        const string externalId = "order-1234-video-1";
        new TaskScenario("/kling/v1/videos/image2video/" + externalId)
            .Then("processing", externalTaskId: externalId).Then("succeed", result: TaskScenario.Video(), externalTaskId: externalId)
            .Load(Server);
        var operation = CreateClient().GetTaskOperation(KlingRoute.ImageToVideo, externalId);
        Assert.Equal(externalId, operation.Id);

        var task = await ClockDriver.RunAsync(Clock, () => operation.WaitForCompletionAsync());

        Assert.Equal(TaskIds.Video, task.TaskId);
        Assert.Equal(TaskIds.Video, operation.Id);
        Assert.Equal(externalId, operation.ExternalTaskId);
        // Only the first query needed the external id; once the server named the task, its id is used.
        Assert.Equal(1, await CountGetsAsync("/kling/v1/videos/image2video/" + externalId));
    }

    [Fact]
    public async Task RehydrateTaskOperation_TokenFromAnotherClient_ResumesTheSameTask()
    {
        new TaskScenario("/kling/v1/images/multi-image2image/" + TaskIds.Image)
            .Then("processing", TaskIds.Image, externalTaskId: "order-9")
            .Then("succeed", TaskIds.Image, TaskScenario.Images("https://cdn.example/0.png", "https://cdn.example/1.png"), externalTaskId: "order-9")
            .Load(Server);
        var first = CreateClient().GetTaskOperation(KlingRoute.MultiImageToImage, TaskIds.Image);
        await first.UpdateStatusAsync();
        var token = first.RehydrationToken;

        // Another process: a new client, only the saved string.
        var resumed = CreateClient().RehydrateTaskOperation(token);
        var task = await ClockDriver.RunAsync(Clock, () => resumed.WaitForCompletionAsync());

        Assert.Equal((KlingRoute.MultiImageToImage, TaskIds.Image, "order-9"), (resumed.Route, resumed.Id, resumed.ExternalTaskId));
        Assert.Equal(2, task.Images.Count);
        Assert.Same(task, resumed.Value);
        Assert.Equal(2, await CountGetsAsync("/kling/v1/images/multi-image2image/" + TaskIds.Image));
    }

    [Fact]
    public async Task UpdateStatusAsync_AfterCompletion_DoesNotQueryAgain()
    {
        new TaskScenario(VideoPath).Then("succeed", result: TaskScenario.Video()).Load(Server);
        var operation = CreateClient().GetTaskOperation(KlingRoute.ImageToVideo, TaskIds.Video);
        Assert.Throws<InvalidOperationException>(() => operation.Value);

        await operation.UpdateStatusAsync();
        await operation.UpdateStatusAsync();

        Assert.True(operation.HasValue);
        Assert.Equal(KlingTaskStatus.Succeeded, operation.Status);
        Assert.Equal(1, await CountGetsAsync(VideoPath));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void GetTaskOperation_EmptyId_ThrowsNamingTheParameter(string id)
    {
        var refused = Assert.ThrowsAny<ArgumentException>(() => CreateClient().GetTaskOperation(KlingRoute.ImageToVideo, id));

        Assert.Equal("taskIdOrExternalId", refused.ParamName);
    }

    public static TheoryData<KlingRoute, string, string> Routes => new()
    {
        { KlingRoute.ImageToVideo, "/kling/v1/videos/image2video", TaskIds.Video },
        { KlingRoute.MultiImageToVideo, "/kling/v1/videos/multi-image2video", TaskIds.Video },
        { KlingRoute.ImageGeneration, "/kling/v1/images/generations", TaskIds.Image },
        { KlingRoute.MultiImageToImage, "/kling/v1/images/multi-image2image", TaskIds.Image },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task CreateAndWait_EachRoute_OnePostThenQueriesItsOwnPath(KlingRoute route, string path, string taskId)
    {
        // The contract mappings answer every create with task 861309198188019719 "submitted", and a
        // query with the route's "succeed" example (whose id differs on the image routes).
        var client = CreateClient();

        var task = await ClockDriver.RunAsync(Clock, () => CreateAndWaitAsync(client, route));

        Assert.Equal(taskId, task.TaskId);
        Assert.True(task.Videos.Count + task.Images.Count > 0);
        Assert.Equal(1, Server.CountRequests("POST", path));
        Assert.Equal(1, await CountGetsAsync(path + "/" + TaskIds.Video));
    }

    private static async Task<TaskData> CreateAndWaitAsync(KlingClient client, KlingRoute route) => (await (route switch
    {
        KlingRoute.ImageToVideo => client.ImageToVideoAsync(WaitUntil.Completed, new ImageToVideoRequest { Image = KlingImage.FromUrl("https://example.com/a.png") }),
        KlingRoute.MultiImageToVideo => client.MultiImageToVideoAsync(WaitUntil.Completed, new MultiImageToVideoRequest
        {
            ImageList = [new ImageListItem { Image = KlingImage.FromUrl("https://example.com/a.png") }, new ImageListItem { Image = KlingImage.FromUrl("https://example.com/b.png") }],
            Prompt = "Two friends wave.",
        }),
        KlingRoute.ImageGeneration => client.ImageGenerationAsync(WaitUntil.Completed, new ImageGenerationRequest
        {
            SubjectImageList = [new SubjectImageItem { SubjectImage = KlingImage.FromUrl("https://example.com/s1.png") }, new SubjectImageItem { SubjectImage = KlingImage.FromUrl("https://example.com/s2.png") }],
        }),
        _ => client.MultiImageToImageAsync(WaitUntil.Completed, new MultiImageToImageRequest
        {
            SubjectImageList = [new SubjectImageItem { SubjectImage = KlingImage.FromUrl("https://example.com/s1.png") }, new SubjectImageItem { SubjectImage = KlingImage.FromUrl("https://example.com/s2.png") }],
        }),
    })).Value;
}
