namespace KlingGenerated.Tests.Contract;

[Collection(WireMockCollection.Name)]
public sealed class MultiImageToImageContractTests(WireMockFixture fixture) : ContractTestBase(fixture)
{
    [Fact]
    public async Task CreateImageGenerationTask_SendsSceneImageWithTheSeedsSpelling()
    {
        var request = new ImageGenerationRequest
        {
            ModelName = "kling-v2",
            SubjectImageList = [new SubjectImageItem { SubjectImage = "https://example.com/s1.png" }, new SubjectImageItem { SubjectImage = "https://example.com/s2.png" }],
            ScenceImage = "https://example.com/scene.png",
            StyleImage = "https://example.com/style.png",
            N = 2,
            AspectRatio = ImageAspectRatio.Ultrawide21x9,
        };

        var response = await Client.CreateImageGenerationTaskAsync(request);

        var sent = await SingleRequestAsync("POST", "/kling/v1/images/generations");
        AssertCreateBody("""
            {"model_name":"kling-v2","subject_image_list":[{"subject_image":"https://example.com/s1.png"},{"subject_image":"https://example.com/s2.png"}],
             "scence_image":"https://example.com/scene.png","style_image":"https://example.com/style.png","n":2,"aspect_ratio":"21:9"}
            """, sent.BodyAsJson());
        Assert.Equal("submitted", response.Data!.TaskStatus);
    }

    [Fact]
    public async Task CreateMultiImageToImageTask_SendsSceneImageOnTheNewerRoute()
    {
        var request = new MultiImageToImageRequest
        {
            ModelName = "kling-v2-1",
            SubjectImageList = [new SubjectImageItem { SubjectImage = "https://example.com/s1.png" }, new SubjectImageItem { SubjectImage = "https://example.com/s2.png" }],
            SceneImage = "https://example.com/scene.png",
            NegativePrompt = "text",
            ExternalTaskId = "order-1234-image-1",
        };

        var response = await Client.CreateMultiImageToImageTaskAsync(request);

        var sent = await SingleRequestAsync("POST", "/kling/v1/images/multi-image2image");
        AssertCreateBody("""
            {"model_name":"kling-v2-1","subject_image_list":[{"subject_image":"https://example.com/s1.png"},{"subject_image":"https://example.com/s2.png"}],
             "negative_prompt":"text","scene_image":"https://example.com/scene.png","external_task_id":"order-1234-image-1"}
            """, sent.BodyAsJson());
        Assert.Equal(TaskId, response.Data!.TaskId);
    }

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
