namespace KlingGenerated.Tests.Contract;

[Collection(WireMockCollection.Name)]
public sealed class ImageToVideoContractTests(WireMockFixture fixture) : ContractTestBase(fixture)
{
    [Fact]
    public async Task GetImageToVideoTask_RequestsTheTaskPath_AndReadsVideoResult()
    {
        var response = await Client.GetImageToVideoTaskAsync(TaskId);

        var sent = await SingleRequestAsync("GET", $"/kling/v1/videos/image2video/{TaskId}");
        Assert.Empty(sent.Body);
        var data = response.Data!;
        Assert.Equal("succeed", data.TaskStatus);
        Assert.Equal("order-1234-video-1", data.TaskInfo!.ExternalTaskId);
        var video = Assert.Single(data.TaskResult!.Videos!);
        Assert.Equal("https://cdn.klingai.com/videos/861309198188019719.mp4", video.Url);
        Assert.Equal("5.1", video.Duration);
        Assert.Equal("1", data.FinalUnitDeduction);
        Assert.False(data.WatermarkInfo!.Enabled!.Value);
    }

    [Fact]
    public async Task ListImageToVideoTasks_SendsPageQuery_AndReadsArray()
    {
        var response = await Client.ListImageToVideoTasksAsync(pageNum: 2, pageSize: 50);

        var sent = await SingleRequestAsync("GET", "/kling/v1/videos/image2video");
        Assert.Equal("/kling/v1/videos/image2video?pageNum=2&pageSize=50", sent.Url);
        var task = Assert.Single(response.Data!);
        Assert.Equal("processing", task!.TaskStatus);
    }

    [Fact]
    public async Task GetImageToVideoTask_EscapesTheIdInThePath()
    {
        await Client.GetImageToVideoTaskAsync("order 12/a");

        var sent = Assert.Single(Fixture.Server.ReceivedRequests());
        Assert.Equal("/kling/v1/videos/image2video/order%2012%2Fa", sent.Url);
    }
}
