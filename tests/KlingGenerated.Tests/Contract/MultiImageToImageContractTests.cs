namespace KlingGenerated.Tests.Contract;

[Collection(WireMockCollection.Name)]
public sealed class MultiImageToImageContractTests(WireMockFixture fixture) : ContractTestBase(fixture)
{
    [Theory]
    [InlineData("generations")]
    [InlineData("multi-image2image")]
    public async Task GetImageTask_ReadsImagesWithTheirIndex(string route)
    {
        var response = route == "generations"
            ? await Client.GetImageGenerationTaskAsync("861309198188020001")
            : await Client.GetMultiImageToImageTaskAsync("861309198188020001");

        await SingleRequestAsync("GET", $"/kling/v1/images/{route}/861309198188020001");
        var images = response.Data!.TaskResult!.Images!;
        Assert.Equal([0, 1], images.Select(i => i.Index!.Value));
        Assert.Equal("https://cdn.klingai.com/images/861309198188020001-1.png", images[1].Url);
    }

    [Theory]
    [InlineData("generations")]
    [InlineData("multi-image2image")]
    public async Task ListImageTasks_SendsPageQuery(string route)
    {
        var response = route == "generations"
            ? await Client.ListImageGenerationTasksAsync(1, 30)
            : await Client.ListMultiImageToImageTasksAsync(1, 30);

        var sent = await SingleRequestAsync("GET", $"/kling/v1/images/{route}");
        Assert.Equal($"/kling/v1/images/{route}?pageNum=1&pageSize=30", sent.Url);
        Assert.Single(response.Data!);
    }
}
