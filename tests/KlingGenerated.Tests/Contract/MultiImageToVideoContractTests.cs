namespace KlingGenerated.Tests.Contract;

[Collection(WireMockCollection.Name)]
public sealed class MultiImageToVideoContractTests(WireMockFixture fixture) : ContractTestBase(fixture)
{
    [Fact]
    public async Task CreateMultiImageToVideoTask_SendsDocumentedBody_AndReadsSubmittedTask()
    {
        var request = new MultiImageToVideoRequest
        {
            ModelName = "kling-v1-6",
            ImageList = [new ImageListItem { Image = "https://example.com/a.png" }, new ImageListItem { Image = "https://example.com/b.png" }],
            Prompt = "The astronauts got up and left.",
            Mode = GenerationMode.Professional,
            Duration = VideoDuration.Ten,
            AspectRatio = VideoAspectRatio.Square1x1,
        };

        var response = await Client.CreateMultiImageToVideoTaskAsync(request);

        var sent = await SingleRequestAsync("POST", "/kling/v1/videos/multi-image2video");
        AssertCreateBody("""
            {"model_name":"kling-v1-6","image_list":[{"image":"https://example.com/a.png"},{"image":"https://example.com/b.png"}],
             "prompt":"The astronauts got up and left.","mode":"pro","duration":"10","aspect_ratio":"1:1"}
            """, sent.BodyAsJson());
        Assert.Equal("submitted", response.Data!.TaskStatus);
        Assert.Equal(TaskId, response.Data.TaskId);
    }

    [Fact]
    public async Task GetMultiImageToVideoTask_RequestsTheTaskPath_AndReadsVideoResult()
    {
        var response = await Client.GetMultiImageToVideoTaskAsync(TaskId);

        await SingleRequestAsync("GET", $"/kling/v1/videos/multi-image2video/{TaskId}");
        Assert.Equal("https://cdn.klingai.com/videos/861309198188019719.mp4", Assert.Single(response.Data!.TaskResult!.Videos!).Url);
    }

    [Fact]
    public async Task ListMultiImageToVideoTasks_WithoutPaging_SendsNoQuery()
    {
        var response = await Client.ListMultiImageToVideoTasksAsync();

        var sent = await SingleRequestAsync("GET", "/kling/v1/videos/multi-image2video");
        Assert.Equal("/kling/v1/videos/multi-image2video", sent.Url);
        Assert.Single(response.Data!);
    }
}
