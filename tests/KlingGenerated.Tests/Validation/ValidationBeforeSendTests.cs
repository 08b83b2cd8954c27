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
            Duration = VideoDuration.Ten,
            CfgScale = 1.5,
        };

        var error = await Assert.ThrowsAsync<KlingValidationException>(() => _client.CreateImageToVideoTaskAsync(request));

        Assert.Equal(["cfg_scale", "duration"], error.Failures.Select(f => f.Path));
        Assert.Empty(fixture.Server.ReceivedRequests());
    }

    [Fact]
    public async Task CreateMultiImageToVideoTask_OneImage_ThrowsAndSendsNothing()
    {
        var error = await Assert.ThrowsAsync<KlingValidationException>(
            () => _client.CreateMultiImageToVideoTaskAsync([KlingImage.FromUrl("https://example.com/a.png")], "The astronauts got up and left."));

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
