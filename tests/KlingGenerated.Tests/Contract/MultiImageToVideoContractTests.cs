namespace KlingGenerated.Tests.Contract;

[Collection(WireMockCollection.Name)]
public sealed class MultiImageToVideoContractTests(WireMockFixture fixture) : ContractTestBase(fixture)
{
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
