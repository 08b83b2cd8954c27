namespace KlingGenerated.Tests.Contract;

[Collection(WireMockCollection.Name)]
public sealed class ImageToVideoContractTests(WireMockFixture fixture) : ContractTestBase(fixture)
{
    [Fact]
    public async Task CreateImageToVideoTask_SendsDocumentedBody_AndReadsSubmittedTask()
    {
        var request = new ImageToVideoRequest
        {
            ModelName = "kling-v1",
            Image = "https://example.com/first-frame.png",
            ImageTail = "https://example.com/last-frame.png",
            Prompt = "The cat turns its head and blinks.",
            NegativePrompt = "blur",
            CfgScale = 0.5,
            Mode = GenerationMode.Standard,
            Duration = VideoDuration.Five,
            CallbackUrl = "https://example.com/kling/callback",
            ExternalTaskId = "order-1234-video-1",
        };

        var response = await Client.CreateImageToVideoTaskAsync(request);

        var sent = await SingleRequestAsync("POST", "/kling/v1/videos/image2video");
        AssertCreateBody("""
            {"model_name":"kling-v1","image":"https://example.com/first-frame.png","image_tail":"https://example.com/last-frame.png",
             "prompt":"The cat turns its head and blinks.","negative_prompt":"blur","cfg_scale":0.5,"mode":"std","duration":"5",
             "callback_url":"https://example.com/kling/callback","external_task_id":"order-1234-video-1"}
            """, sent.BodyAsJson());
        Assert.Equal(0, response.Code);
        Assert.Equal(TaskId, response.Data!.TaskId);
        Assert.Equal("submitted", response.Data.TaskStatus);
        Assert.Equal(1773380633979L, response.Data.CreatedAt);
    }

    [Fact]
    public async Task CreateImageToVideoTask_SendsMasksAsNestedObjects_AndRawBase64AsIs()
    {
        // The motion brush and camera_control exclude each other (kling-api.md §3.3), so each has its own request.
        var base64 = Convert.ToBase64String(Images.TestImages.Png(300, 300));
        var request = new ImageToVideoRequest
        {
            Image = base64,
            StaticMask = "https://example.com/static.png",
            DynamicMasks = [new DynamicMask { Mask = "https://example.com/m.png", Trajectories = [new TrajectoryPoint { X = 1, Y = 2 }, new TrajectoryPoint { X = 30, Y = 40 }] }],
        };

        await Client.CreateImageToVideoTaskAsync(request);

        var sent = await SingleRequestAsync("POST", "/kling/v1/videos/image2video");
        AssertCreateBody($$"""
            {"image":"{{base64}}","static_mask":"https://example.com/static.png",
             "dynamic_masks":[{"mask":"https://example.com/m.png","trajectories":[{"x":1,"y":2},{"x":30,"y":40}]}]}
            """, sent.BodyAsJson());
    }

    [Fact]
    public async Task CreateImageToVideoTask_SendsCameraControlAsNestedObject()
    {
        var request = new ImageToVideoRequest
        {
            Image = "https://example.com/first-frame.png",
            CameraControl = new CameraControl { Type = CameraControlType.Simple, Config = new CameraControlConfig { Zoom = 5 } },
        };

        await Client.CreateImageToVideoTaskAsync(request);

        var sent = await SingleRequestAsync("POST", "/kling/v1/videos/image2video");
        AssertCreateBody("""
            {"image":"https://example.com/first-frame.png","camera_control":{"type":"simple","config":{"zoom":5.0}}}
            """, sent.BodyAsJson());
    }

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

        var sent = Assert.Single(await Fixture.Server.GetRequestsAsync());
        Assert.Equal("/kling/v1/videos/image2video/order%2012%2Fa", sent.Url);
    }
}
