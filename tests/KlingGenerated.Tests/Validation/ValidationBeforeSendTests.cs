namespace KlingGenerated.Tests.Validation;

/// <summary>Invalid requests fail in the client, before the request leaves: WireMock sees nothing.</summary>
[Collection(WireMockCollection.Name)]
public sealed class ValidationBeforeSendTests(WireMockFixture fixture) : IAsyncLifetime
{
    private static readonly KlingImage CatUrl = KlingImage.FromUrl("https://example.com/cat.png");

    private readonly KlingClient _client = fixture.CreateClient();

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task CreateImageToVideoTask_InvalidRequest_ThrowsAndSendsNothing()
    {
        var request = new ImageToVideoRequest
        {
            Image = KlingImage.FromUrl("https://example.com/cat.png"),
            ImageTail = KlingImage.FromUrl("https://example.com/end.png"),
            CameraControl = new CameraControl { Type = CameraControlType.DownBack },
            CfgScale = 1.5,
        };

        var error = await Assert.ThrowsAsync<KlingValidationException>(() => _client.CreateImageToVideoTaskAsync(request));

        Assert.Equal(["cfg_scale", "camera_control"], error.Failures.Select(f => f.Path));
        Assert.Empty(fixture.Server.ReceivedRequests());
    }

    [Fact]
    public async Task CreateImageToVideoTask_PromptOf2501Characters_ThrowsAndSendsNothing()
    {
        var request = new ImageToVideoRequest { Image = KlingImage.FromUrl("https://example.com/cat.png"), Prompt = new string('p', 2501) };

        var error = await Assert.ThrowsAsync<KlingValidationException>(() => _client.CreateImageToVideoTaskAsync(request));

        Assert.Equal("prompt: must be at most 2500 characters (it has 2501)", Assert.Single(error.Failures).ToString());
        Assert.Empty(fixture.Server.ReceivedRequests());
    }

    [Fact]
    public async Task CreateImageToVideoTask_NeitherImageNorTail_ThrowsNamingBothAndSendsNothing()
    {
        var error = await Assert.ThrowsAsync<KlingValidationException>(
            () => _client.CreateImageToVideoTaskAsync(new ImageToVideoRequest { Prompt = "The cat blinks." }));

        var failure = Assert.Single(error.Failures);
        Assert.Equal("image", failure.Path);
        Assert.Contains("image_tail", failure.Message);
        Assert.Empty(fixture.Server.ReceivedRequests());
    }

    public static TheoryData<string, ImageToVideoRequest, string> SoundAndShotRequestsPastTheLimits() => new()
    {
        { "three voices", new ImageToVideoRequest { Image = CatUrl, VoiceList = [.. Enumerable.Range(0, 3).Select(i => new VoiceReference { VoiceId = $"voice-{i}" })] }, "voice_list: must have at most 2 items (it has 3)" },
        { "four elements", new ImageToVideoRequest { Image = CatUrl, ElementList = [.. Enumerable.Range(0, 4).Select(i => new ElementReference { ElementId = i })] }, "element_list: must have at most 3 items (it has 4)" },
        { "seven shots", new ImageToVideoRequest { Image = CatUrl, MultiPrompt = [.. Enumerable.Range(1, 7).Select(i => Shot(i, "The cat blinks."))] }, "multi_prompt: must have at most 6 items (it has 7)" },
        { "a shot prompt of 513 characters", new ImageToVideoRequest { Image = CatUrl, MultiPrompt = [Shot(1, new string('p', 513))] }, "multi_prompt[0].prompt: must be at most 512 characters (it has 513)" },
        {
            "voices with elements",
            new ImageToVideoRequest { Image = CatUrl, VoiceList = [new VoiceReference { VoiceId = "voice-1" }], ElementList = [new ElementReference { ElementId = 1 }] },
            "element_list: cannot be combined with voice_list: send voice_list or element_list, not both"
        },
    };

    [Theory]
    [MemberData(nameof(SoundAndShotRequestsPastTheLimits))]
    public async Task CreateImageToVideoTask_SoundAndShotFieldsPastTheirLimits_ThrowAndSendNothing(string name, ImageToVideoRequest request, string expected)
    {
        var error = await Assert.ThrowsAsync<KlingValidationException>(() => _client.CreateImageToVideoTaskAsync(request));

        Assert.True(expected == Assert.Single(error.Failures).ToString(), $"{name}: {string.Join("; ", error.Failures)}");
        Assert.Empty(fixture.Server.ReceivedRequests());
    }

    [Fact]
    public async Task CreateMultiImageToVideoTask_FiveImages_ThrowsAndSendsNothing()
    {
        var images = Enumerable.Range(0, 5).Select(i => KlingImage.FromUrl($"https://example.com/{i}.png"));

        var error = await Assert.ThrowsAsync<KlingValidationException>(
            () => _client.CreateMultiImageToVideoTaskAsync(new MultiImageToVideoRequest { ImageList = [.. images.Select(i => new ImageListItem { Image = i })], Prompt = "The astronauts got up and left." }));

        Assert.Equal("image_list", Assert.Single(error.Failures).Path);
        Assert.Empty(fixture.Server.ReceivedRequests());
    }

    [Fact]
    public async Task CreateMultiImageToImageTask_LocalWebP_ThrowsNamingTheFileAndSendsNothing()
    {
        var images = new[] { KlingImage.FromUrl("https://example.com/a.png"), KlingImage.FromFile(Images.TestImages.Asset("cat.webp")) };

        var error = await Assert.ThrowsAsync<KlingValidationException>(() => _client.CreateMultiImageToImageTaskAsync(new MultiImageToImageRequest { SubjectImageList = [.. images.Select(i => new SubjectImageItem { SubjectImage = i })], Prompt = "A picnic." }));

        var failure = Assert.Single(error.Failures);
        Assert.Equal("subject_image_list[1].subject_image: cat.webp: WebP is not accepted; use JPEG or PNG", failure.ToString());
        Assert.Empty(fixture.Server.ReceivedRequests());
    }

    private static ShotPrompt Shot(int index, string prompt) => new() { Index = index, Prompt = prompt, Duration = "1" };
}
