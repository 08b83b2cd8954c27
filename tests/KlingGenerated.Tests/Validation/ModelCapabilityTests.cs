using Newtonsoft.Json.Linq;

namespace KlingGenerated.Tests.Validation;

/// <summary>
/// What a known model supports (Kling's capability map) is checked before sending; an unknown model,
/// or a client with the model checks off, leaves it to the service.
/// </summary>
[Collection(WireMockCollection.Name)]
public sealed class ModelCapabilityTests(WireMockFixture fixture) : IAsyncLifetime
{
    private static readonly KlingImage First = KlingImage.FromUrl("https://example.com/first.png");
    private static readonly KlingImage Last = KlingImage.FromUrl("https://example.com/last.png");
    private static readonly KlingImage Mask = KlingImage.FromUrl("https://example.com/mask.png");

    private readonly KlingClient _client = fixture.CreateClient();

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task CreateImageToVideoTask_TenSecondTailFrameOnKlingV21Pro_IsSent()
    {
        await _client.CreateImageToVideoTaskAsync(new ImageToVideoRequest
        {
            ModelName = KlingModels.KlingV21, Image = First, ImageTail = Last, Mode = GenerationMode.Professional, Duration = VideoDuration.Ten,
        });

        var body = SentBody("/kling/v1/videos/image2video");
        Assert.Equal("kling-v2-1", body.Value<string>("model_name"));
        Assert.Equal("10", body.Value<string>("duration"));
        Assert.Equal(Last.Url!.OriginalString, body.Value<string>("image_tail"));
    }

    public static TheoryData<string, ImageToVideoRequest, string> CombinationsTheMapExcludes() => new()
    {
        {
            "a 10 s tail frame on kling-v1",
            new ImageToVideoRequest { ModelName = KlingModels.KlingV1, Image = First, ImageTail = Last, Mode = GenerationMode.Professional, Duration = VideoDuration.Ten },
            "duration: a tail frame on kling-v1 allows 5 seconds in std or pro; got \"10\""
        },
        {
            "a tail frame on kling-v2-master",
            new ImageToVideoRequest { ModelName = KlingModels.KlingV2Master, Image = First, ImageTail = Last },
            "image_tail: kling-v2-master does not support a tail frame (supported on kling-v1, kling-v1-5, kling-v1-6, kling-v2-1, kling-v2-5-turbo, kling-v2-6, kling-v3)"
        },
        {
            "the motion brush on kling-v2-1",
            new ImageToVideoRequest { ModelName = KlingModels.KlingV21, Image = First, StaticMask = Mask },
            "static_mask: kling-v2-1 does not support the motion brush (static_mask, dynamic_masks) (supported on kling-v1, kling-v1-5)"
        },
        {
            "sound on kling-v1-6",
            new ImageToVideoRequest { ModelName = KlingModels.KlingV16, Image = First, Mode = GenerationMode.Professional, Sound = VideoSound.On },
            "sound: kling-v1-6 does not support sound (sound: \"on\") (supported on kling-v2-6, kling-v3)"
        },
        {
            "sound with a tail frame on kling-v2-6",
            new ImageToVideoRequest { ModelName = KlingModels.KlingV26, Image = First, ImageTail = Last, Mode = GenerationMode.Professional, Sound = VideoSound.On },
            "sound: a tail frame on kling-v2-6 works only without sound: set sound to \"off\" or drop image_tail"
        },
        {
            "a tail frame on kling-v1-6 in std",
            new ImageToVideoRequest { ModelName = KlingModels.KlingV16, Image = First, ImageTail = Last, Mode = GenerationMode.Standard },
            "mode: a tail frame on kling-v1-6 allows pro mode only; got \"std\""
        },
        {
            "a preset camera move on kling-v1-5",
            new ImageToVideoRequest { ModelName = KlingModels.KlingV15, Image = First, Mode = GenerationMode.Professional, CameraControl = new CameraControl { Type = CameraControlType.DownBack } },
            "camera_control.type: camera_control on image to video on kling-v1-5 takes only the type \"simple\"; got \"down_back\""
        },
        {
            "an end frame alone on kling-v1",
            new ImageToVideoRequest { ModelName = KlingModels.KlingV1, ImageTail = Last, Mode = GenerationMode.Professional },
            "image_tail: kling-v1 does not support an end frame alone (image_tail without image) (supported on kling-v1-5, kling-v1-6)"
        },
    };

    public static TheoryData<string, ImageToVideoRequest> CombinationsTheMapDoesNotLimit() => new()
    {
        { "sound on kling-v2-6 in std (only its tail frame is limited to no audio)", new ImageToVideoRequest { ModelName = KlingModels.KlingV26, Image = First, Sound = VideoSound.On } },
        { "15 s on kling-v2-5-turbo (the current docs leave lengths to the model)", new ImageToVideoRequest { ModelName = KlingModels.KlingV25Turbo, Image = First, Duration = VideoDuration.Fifteen } },
        { "7 s on kling-v2-6", new ImageToVideoRequest { ModelName = KlingModels.KlingV26, Image = First, Duration = VideoDuration.Seven } },
    };

    [Theory]
    [MemberData(nameof(CombinationsTheMapDoesNotLimit))]
    public async Task CreateImageToVideoTask_CombinationTheMapDoesNotLimit_IsSent(string name, ImageToVideoRequest request)
    {
        await _client.CreateImageToVideoTaskAsync(request);

        var body = SentBody("/kling/v1/videos/image2video");
        Assert.True(request.ModelName == body.Value<string>("model_name"), name);
    }

    [Theory]
    [MemberData(nameof(CombinationsTheMapExcludes))]
    public async Task CreateImageToVideoTask_CombinationTheMapExcludes_IsRefusedNamingTheModelAndSendsNothing(string name, ImageToVideoRequest request, string expected)
    {
        var error = await Assert.ThrowsAsync<KlingValidationException>(() => _client.CreateImageToVideoTaskAsync(request));

        Assert.True(expected == Assert.Single(error.Failures).ToString(), $"{name}: {string.Join("; ", error.Failures)}");
        Assert.Contains(expected, error.Message);
        Assert.Empty(fixture.Server.ReceivedRequests());
    }

    [Fact]
    public async Task CreateImageToVideoTask_ExcludedCombinationOnAnUnknownModel_IsSent()
    {
        await _client.CreateImageToVideoTaskAsync(new ImageToVideoRequest
        {
            ModelName = "kling-v9-experimental", Image = First, ImageTail = Last, Mode = GenerationMode.Standard, Duration = VideoDuration.Fifteen, Sound = VideoSound.On,
        });

        var body = SentBody("/kling/v1/videos/image2video");
        Assert.Equal("kling-v9-experimental", body.Value<string>("model_name"));
        Assert.Equal("15", body.Value<string>("duration"));
        Assert.Equal("on", body.Value<string>("sound"));
    }

    [Fact]
    public async Task CreateImageToVideoTask_NoModelName_GetsNoModelRuleBecauseTheGatewayPicksTheModel()
    {
        // On kling-v1 (Kling's own default) an end frame alone at 10 s would be refused.
        await _client.CreateImageToVideoTaskAsync(new ImageToVideoRequest { ImageTail = Last, Duration = VideoDuration.Ten });

        var body = SentBody("/kling/v1/videos/image2video");
        Assert.Null(body.Value<string>("model_name"));
        Assert.Equal("10", body.Value<string>("duration"));
    }

    [Fact]
    public async Task CreateImageToVideoTask_ExcludedCombinationWithModelChecksOff_IsSent()
    {
        using var client = new KlingClient(new KlingClientOptions { ApiKey = WireMockFixture.TestKey, BaseUrl = fixture.BaseUri, CheckModelCapabilities = false });

        await client.CreateImageToVideoTaskAsync(new ImageToVideoRequest
        {
            ModelName = KlingModels.KlingV2Master, Image = First, ImageTail = Last, Duration = VideoDuration.Ten,
        });

        var body = SentBody("/kling/v1/videos/image2video");
        Assert.Equal("kling-v2-master", body.Value<string>("model_name"));
        Assert.Equal(Last.Url!.OriginalString, body.Value<string>("image_tail"));
    }

    [Fact]
    public async Task CreateImageToVideoTask_UniversalRuleBroken_ReportsOnlyThatRule()
    {
        // The model rules wait for an otherwise valid request: a tail frame with camera_control is wrong on every model.
        var error = await Assert.ThrowsAsync<KlingValidationException>(() => _client.CreateImageToVideoTaskAsync(new ImageToVideoRequest
        {
            ModelName = KlingModels.KlingV2Master, Image = First, ImageTail = Last, CameraControl = new CameraControl { Type = CameraControlType.ForwardUp },
        }));

        Assert.Equal("camera_control", Assert.Single(error.Failures).Path);
        Assert.Empty(fixture.Server.ReceivedRequests());
    }

    [Fact]
    public void GetFailures_ModelChecksOff_KeepsTheUniversalRules()
    {
        var request = new ImageToVideoRequest { ModelName = KlingModels.KlingV2Master, ImageTail = Last, Prompt = new string('p', 2501) };

        var failures = KlingRequestValidator.GetFailures(request, checkModelCapabilities: false);

        Assert.Equal("prompt: must be at most 2500 characters (it has 2501)", Assert.Single(failures).ToString());
        Assert.Empty(KlingRequestValidator.GetFailures(new ImageToVideoRequest { ModelName = KlingModels.KlingV2Master, ImageTail = Last }, checkModelCapabilities: false));
    }

    [Fact]
    public async Task CreateMultiImageToVideoTask_KnownModelTheRouteDoesNotList_IsRefusedAndSendsNothing()
    {
        var error = await Assert.ThrowsAsync<KlingValidationException>(() => _client.CreateMultiImageToVideoTaskAsync(new MultiImageToVideoRequest
        {
            ModelName = KlingModels.KlingV21, ImageList = [new ImageListItem { Image = First }], Prompt = "The astronauts got up and left.",
        }));

        Assert.Equal("model_name: multi-image to video does not take kling-v2-1 (it takes kling-v1-6)", Assert.Single(error.Failures).ToString());
        Assert.Empty(fixture.Server.ReceivedRequests());
    }

    [Fact]
    public async Task CreateMultiImageToVideoTask_UnknownModel_IsSent()
    {
        await _client.CreateMultiImageToVideoTaskAsync(new MultiImageToVideoRequest
        {
            ModelName = "kling-v9-experimental", ImageList = [new ImageListItem { Image = First }], Prompt = "The astronauts got up and left.",
        });

        Assert.Equal("kling-v9-experimental", SentBody("/kling/v1/videos/multi-image2video").Value<string>("model_name"));
    }

    [Fact]
    public async Task CreateMultiImageToImageTask_VideoModel_IsRefusedAndSendsNothing()
    {
        var error = await Assert.ThrowsAsync<KlingValidationException>(() => _client.CreateMultiImageToImageTaskAsync(new MultiImageToImageRequest
        {
            ModelName = KlingModels.KlingV16,
            SubjectImageList = [new SubjectImageItem { SubjectImage = First }, new SubjectImageItem { SubjectImage = Last }],
        }));

        Assert.Equal("model_name: multi-image to image does not take kling-v1-6 (it takes kling-v2, kling-v2-1)", Assert.Single(error.Failures).ToString());
        Assert.Empty(fixture.Server.ReceivedRequests());
    }

    private JObject SentBody(string path)
    {
        var request = Assert.Single(fixture.Server.ReceivedRequests(), r => r.Method == "POST");
        Assert.Equal(path, request.Path);
        return JObject.Parse(request.Body);
    }
}
