using KlingGenerated.Testing;
using KlingGenerated.Tests.Sandbox;
using Newtonsoft.Json.Linq;

namespace KlingGenerated.Tests.Contract;

/// <summary>
/// Every create sends the documented body. On the sandbox a create is only recorded as one when its
/// body passed the spec's JSON Schema, so each test also proves the body is within the contract.
/// </summary>
[Collection(SandboxCollection.Name)]
public sealed class CreateContractTests(SandboxFixture fixture) : SandboxTestBase(fixture)
{
    [Fact]
    public async Task CreateImageToVideoTask_SendsDocumentedBody_AndReadsSubmittedTask()
    {
        var response = await Client.CreateImageToVideoTaskAsync(new ImageToVideoRequest
        {
            ModelName = "kling-v1",
            Image = KlingImage.FromUrl("https://example.com/first-frame.png"),
            ImageTail = KlingImage.FromUrl("https://example.com/last-frame.png"),
            Prompt = "The cat turns its head and blinks.",
            NegativePrompt = "blur",
            CfgScale = 0.5,
            Mode = GenerationMode.Standard,
            Duration = VideoDuration.Five,
            CallbackUrl = "https://example.com/kling/callback",
            ExternalTaskId = "order-1234-video-1",
        });

        var sent = await SingleCreateAsync(KlingRoute.ImageToVideo);
        CreateBodyAssert.Equal("""
            {"model_name":"kling-v1","image":"https://example.com/first-frame.png","image_tail":"https://example.com/last-frame.png",
             "prompt":"The cat turns its head and blinks.","negative_prompt":"blur","cfg_scale":0.5,"mode":"std","duration":"5",
             "callback_url":"https://example.com/kling/callback","external_task_id":"order-1234-video-1"}
            """, sent.Body);
        Assert.Equal(0, response.Code);
        Assert.Equal(sent.TaskId, response.Data!.TaskId);
        Assert.Equal("submitted", response.Data.TaskStatus);
        Assert.Equal("order-1234-video-1", response.Data.TaskInfo!.ExternalTaskId);
        Assert.Equal(sent.Request.LoggedAt.ToUnixTimeMilliseconds(), response.Data.CreatedAt!.Value, tolerance: 5_000);
    }

    [Fact]
    public async Task CreateImageToVideoTask_SendsMasksAsNestedObjects_AndRawBase64AsIs()
    {
        // The motion brush and camera_control exclude each other, so each has its own request.
        var base64 = Convert.ToBase64String(Images.TestImages.Png(300, 300));
        await Client.CreateImageToVideoTaskAsync(new ImageToVideoRequest
        {
            Image = KlingImage.FromBase64(base64),
            StaticMask = KlingImage.FromUrl("https://example.com/static.png"),
            DynamicMasks = [new DynamicMask { Mask = KlingImage.FromUrl("https://example.com/m.png"), Trajectories = [new TrajectoryPoint { X = 1, Y = 2 }, new TrajectoryPoint { X = 30, Y = 40 }] }],
        });

        var sent = await SingleCreateAsync(KlingRoute.ImageToVideo);
        CreateBodyAssert.Equal($$"""
            {"image":"{{base64}}","static_mask":"https://example.com/static.png",
             "dynamic_masks":[{"mask":"https://example.com/m.png","trajectories":[{"x":1,"y":2},{"x":30,"y":40}]}]}
            """, sent.Body);
    }

    [Fact]
    public async Task CreateImageToVideoTask_SendsCameraControlAsNestedObject()
    {
        await Client.CreateImageToVideoTaskAsync(new ImageToVideoRequest
        {
            // kling-v1-5 in pro is the model the capability map gives camera_control on image to video.
            ModelName = "kling-v1-5",
            Image = KlingImage.FromUrl("https://example.com/first-frame.png"),
            Mode = GenerationMode.Professional,
            CameraControl = new CameraControl { Type = CameraControlType.Simple, Config = new CameraControlConfig { Zoom = 5 } },
        });

        var sent = await SingleCreateAsync(KlingRoute.ImageToVideo);
        CreateBodyAssert.Equal("""
            {"model_name":"kling-v1-5","image":"https://example.com/first-frame.png","mode":"pro","camera_control":{"type":"simple","config":{"zoom":5.0}}}
            """, sent.Body);
    }

    [Fact]
    public async Task CreateImageToVideoTask_TailFrameAloneWithFifteenSecondsAndLongPrompts_IsWithinTheContract()
    {
        var prompt = new string('p', 2500);
        await Client.CreateImageToVideoTaskAsync(new ImageToVideoRequest
        {
            ModelName = "kling-v3",
            ImageTail = KlingImage.FromUrl("https://example.com/last-frame.png"),
            Prompt = prompt,
            NegativePrompt = prompt,
            Mode = GenerationMode.Professional,
            Duration = VideoDuration.Fifteen,
        });

        var sent = await SingleCreateAsync(KlingRoute.ImageToVideo);
        CreateBodyAssert.Equal($$"""
            {"model_name":"kling-v3","image_tail":"https://example.com/last-frame.png","prompt":"{{prompt}}","negative_prompt":"{{prompt}}","mode":"pro","duration":"15"}
            """, sent.Body);
    }

    [Fact]
    public async Task CreateMultiImageToVideoTask_OneImageAndLongPrompts_IsWithinTheContract()
    {
        var prompt = new string('p', 2500);
        await Client.CreateMultiImageToVideoTaskAsync(new MultiImageToVideoRequest
        {
            ImageList = [new ImageListItem { Image = KlingImage.FromUrl("https://example.com/a.png") }],
            Prompt = prompt,
            NegativePrompt = prompt,
        });

        var sent = await SingleCreateAsync(KlingRoute.MultiImageToVideo);
        CreateBodyAssert.Equal($$"""
            {"image_list":[{"image":"https://example.com/a.png"}],"prompt":"{{prompt}}","negative_prompt":"{{prompt}}"}
            """, sent.Body);
    }

    [Fact]
    public async Task CreateMultiImageToVideoTask_SendsDocumentedBody_AndReadsSubmittedTask()
    {
        var response = await Client.CreateMultiImageToVideoTaskAsync(new MultiImageToVideoRequest
        {
            ModelName = "kling-v1-6",
            ImageList = [new ImageListItem { Image = KlingImage.FromUrl("https://example.com/a.png") }, new ImageListItem { Image = KlingImage.FromUrl("https://example.com/b.png") }],
            Prompt = "The astronauts got up and left.",
            Mode = GenerationMode.Professional,
            Duration = VideoDuration.Ten,
            AspectRatio = VideoAspectRatio.Square1x1,
        });

        var sent = await SingleCreateAsync(KlingRoute.MultiImageToVideo);
        CreateBodyAssert.Equal("""
            {"model_name":"kling-v1-6","image_list":[{"image":"https://example.com/a.png"},{"image":"https://example.com/b.png"}],
             "prompt":"The astronauts got up and left.","mode":"pro","duration":"10","aspect_ratio":"1:1"}
            """, sent.Body);
        Assert.Equal("submitted", response.Data!.TaskStatus);
        Assert.Equal(sent.TaskId, response.Data.TaskId);
    }

    [Fact]
    public async Task CreateImageGenerationTask_SendsSceneImageWithTheSeedsSpelling()
    {
        var response = await Client.CreateImageGenerationTaskAsync(new ImageGenerationRequest
        {
            ModelName = "kling-v2",
            SubjectImageList = [new SubjectImageItem { SubjectImage = KlingImage.FromUrl("https://example.com/s1.png") }, new SubjectImageItem { SubjectImage = KlingImage.FromUrl("https://example.com/s2.png") }],
            ScenceImage = KlingImage.FromUrl("https://example.com/scene.png"),
            StyleImage = KlingImage.FromUrl("https://example.com/style.png"),
            N = 2,
            AspectRatio = ImageAspectRatio.Ultrawide21x9,
        });

        var sent = await SingleCreateAsync(KlingRoute.ImageGeneration);
        CreateBodyAssert.Equal("""
            {"model_name":"kling-v2","subject_image_list":[{"subject_image":"https://example.com/s1.png"},{"subject_image":"https://example.com/s2.png"}],
             "scence_image":"https://example.com/scene.png","style_image":"https://example.com/style.png","n":2,"aspect_ratio":"21:9"}
            """, sent.Body);
        Assert.Equal("submitted", response.Data!.TaskStatus);
    }

    [Fact]
    public async Task CreateMultiImageToImageTask_SendsSceneImageOnTheNewerRoute()
    {
        var response = await Client.CreateMultiImageToImageTaskAsync(new MultiImageToImageRequest
        {
            ModelName = "kling-v2-1",
            SubjectImageList = [new SubjectImageItem { SubjectImage = KlingImage.FromUrl("https://example.com/s1.png") }, new SubjectImageItem { SubjectImage = KlingImage.FromUrl("https://example.com/s2.png") }],
            SceneImage = KlingImage.FromUrl("https://example.com/scene.png"),
            NegativePrompt = "text",
            ExternalTaskId = "order-1234-image-1",
        });

        var sent = await SingleCreateAsync(KlingRoute.MultiImageToImage);
        CreateBodyAssert.Equal("""
            {"model_name":"kling-v2-1","subject_image_list":[{"subject_image":"https://example.com/s1.png"},{"subject_image":"https://example.com/s2.png"}],
             "negative_prompt":"text","scene_image":"https://example.com/scene.png","external_task_id":"order-1234-image-1"}
            """, sent.Body);
        Assert.Equal(sent.TaskId, response.Data!.TaskId);
    }

    /// <summary>The one create received, with the headers every Kling call carries, and no contract violation beside it.</summary>
    private async Task<ReceivedCreate> SingleCreateAsync(KlingRoute route)
    {
        Assert.Empty(await Sandbox.GetContractViolationsAsync());
        var sent = Assert.Single(await Sandbox.GetCreatesAsync());
        Assert.Equal(route, sent.Route);
        Assert.True(sent.Authorization.IsBearer(KlingSandbox.DefaultApiKey), $"Sent {sent.Authorization}.");
        Assert.Contains("application/json", sent.Request.Header("Accept"));
        Assert.StartsWith("application/json", sent.Request.Header("Content-Type"));
        return sent;
    }
}
