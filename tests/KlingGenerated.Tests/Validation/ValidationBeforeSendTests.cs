namespace KlingGenerated.Tests.Validation;

/// <summary>Invalid requests fail in the client, before the request leaves: WireMock sees nothing.</summary>
[Collection(WireMockCollection.Name)]
public sealed class ValidationBeforeSendTests(WireMockFixture fixture) : IAsyncLifetime
{
    private readonly KlingClient _client = fixture.CreateClient();

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task CreateImageToVideoTask_InvalidRequest_ThrowsAndSendsNothing()
    {
        var request = new ImageToVideoRequest
        {
            Image = "https://example.com/cat.png",
            ImageTail = "https://example.com/end.png",
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
        var request = new ImageToVideoRequest { Image = "https://example.com/cat.png", Prompt = new string('p', 2501) };

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

    [Fact]
    public async Task CreateMultiImageToVideoTask_FiveImages_ThrowsAndSendsNothing()
    {
        var images = Enumerable.Range(0, 5).Select(i => KlingImage.FromUrl($"https://example.com/{i}.png"));

        var error = await Assert.ThrowsAsync<KlingValidationException>(
            () => _client.CreateMultiImageToVideoTaskAsync(images, "The astronauts got up and left."));

        Assert.Equal("image_list", Assert.Single(error.Failures).Path);
        Assert.Empty(fixture.Server.ReceivedRequests());
    }

    [Fact]
    public async Task CreateMultiImageToImageTask_LocalWebP_ThrowsNamingTheFileAndSendsNothing()
    {
        var images = new[] { KlingImage.FromUrl("https://example.com/a.png"), KlingImage.FromFile(Images.TestImages.Asset("cat.webp")) };

        var error = await Assert.ThrowsAsync<KlingValidationException>(() => _client.CreateMultiImageToImageTaskAsync(images, "A picnic."));

        var failure = Assert.Single(error.Failures);
        Assert.Equal("subject_image_list[1].subject_image: cat.webp: WebP is not accepted; use JPEG or PNG", failure.ToString());
        Assert.Empty(fixture.Server.ReceivedRequests());
    }
}
