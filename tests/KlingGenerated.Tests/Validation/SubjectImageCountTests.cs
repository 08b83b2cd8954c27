namespace KlingGenerated.Tests.Validation;

/// <summary>
/// How many subject images each multi-image-to-image route takes: the newer route 1 to 4 (Kling's
/// current docs and the gateway's newer page), the older generations route 2 to 4 (its page).
/// </summary>
[Collection(WireMockCollection.Name)]
public sealed class SubjectImageCountTests(WireMockFixture fixture) : IAsyncLifetime
{
    private readonly KlingClient _client = fixture.CreateClient();

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task MultiImageToImage_OneSubject_IsSent()
    {
        // The contract's answer: the WireMock contract reads the same spec, so it accepts one subject too.
        var created = await _client.CreateMultiImageToImageTaskAsync(new MultiImageToImageRequest { SubjectImageList = [new SubjectImageItem { SubjectImage = KlingImage.FromUrl("https://example.com/s.png") }] });

        var sent = Assert.Single(fixture.Server.ReceivedRequests()).BodyAsJson();
        Assert.Equal("https://example.com/s.png", Assert.Single(sent["subject_image_list"]!)!.Value<string>("subject_image"));
        Assert.False(string.IsNullOrEmpty(created.Data?.TaskId));
    }

    [Fact]
    public async Task MultiImageToImage_NoSubject_IsRefusedBeforeSending()
    {
        var error = await Assert.ThrowsAsync<KlingValidationException>(() =>
            _client.CreateMultiImageToImageTaskAsync(new MultiImageToImageRequest { SubjectImageList = [] }));

        Assert.Equal("subject_image_list", Assert.Single(error.Failures).Path);
        Assert.Empty(fixture.Server.ReceivedRequests());
    }

    [Fact]
    public async Task ImageGeneration_OneSubject_IsStillRefusedBeforeSending()
    {
        var error = await Assert.ThrowsAsync<KlingValidationException>(() =>
            _client.CreateImageGenerationTaskAsync(new ImageGenerationRequest { SubjectImageList = [new SubjectImageItem { SubjectImage = KlingImage.FromUrl("https://example.com/s.png") }] }));

        Assert.Equal("subject_image_list", Assert.Single(error.Failures).Path);
        Assert.Empty(fixture.Server.ReceivedRequests());
    }
}
