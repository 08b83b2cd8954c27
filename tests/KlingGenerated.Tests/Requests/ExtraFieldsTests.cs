using KlingGenerated.Testing;
using KlingGenerated.Tests.Contract;

namespace KlingGenerated.Tests.Requests;

/// <summary>
/// Fields the spec does not name yet go out through a create's AdditionalProperties, whichever way the
/// body is written, and a known field cannot be set a second time through them.
/// </summary>
[Collection(WireMockCollection.Name)]
public sealed class ExtraFieldsTests(WireMockFixture fixture) : ContractTestBase(fixture)
{
    private const string Route = "/kling/v1/videos/image2video";

    [Fact]
    public async Task Create_ExtraFieldWithAUrlImage_ArrivesInTheBody()
    {
        var request = new ImageToVideoRequest { Image = KlingImage.FromUrl("https://example.com/first-frame.png"), Prompt = "The cat blinks." };
        request.AdditionalProperties["enhance_prompt"] = "on";

        await Client.CreateImageToVideoTaskAsync(request);

        var body = (await SingleRequestAsync("POST", Route)).BodyAsJson();
        Assert.Equal("on", body.Value<string>("enhance_prompt"));
        Assert.Equal("The cat blinks.", body.Value<string>("prompt"));
    }

    [Fact]
    public async Task Create_ExtraFieldWithAFileImage_ArrivesInTheStreamedBody()
    {
        var path = Images.TestImages.Asset("exif-640x480.jpg");
        var request = new ImageToVideoRequest { Image = KlingImage.FromFile(path), Prompt = "The cat blinks." };
        request.AdditionalProperties["enhance_prompt"] = "on";

        await Client.CreateImageToVideoTaskAsync(request);

        var sent = await SingleRequestAsync("POST", Route);
        var body = sent.BodyAsJson();
        Assert.Equal("on", body.Value<string>("enhance_prompt"));
        Assert.Equal(Convert.ToBase64String(File.ReadAllBytes(path)), body.Value<string>("image"));
        Assert.Equal(sent.Body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), sent.Header("Content-Length"));
    }

    [Fact]
    public async Task Create_ExtraFieldsOnEveryCreate_ArriveInTheBody()
    {
        var subjects = new List<SubjectImageItem> { new() { SubjectImage = KlingImage.FromUrl("https://example.com/a.png") }, new() { SubjectImage = KlingImage.FromUrl("https://example.com/b.png") } };
        var multiVideo = new MultiImageToVideoRequest { ImageList = [new ImageListItem { Image = KlingImage.FromUrl("https://example.com/a.png") }], Prompt = "go" };
        var generation = new ImageGenerationRequest { SubjectImageList = subjects };
        var multiImage = new MultiImageToImageRequest { SubjectImageList = subjects };
        multiVideo.AdditionalProperties["enhance_prompt"] = "on";
        generation.AdditionalProperties["enhance_prompt"] = "on";
        multiImage.AdditionalProperties["enhance_prompt"] = "on";

        await Client.CreateMultiImageToVideoTaskAsync(multiVideo);
        await Client.CreateImageGenerationTaskAsync(generation);
        await Client.CreateMultiImageToImageTaskAsync(multiImage);

        var sent = Fixture.Server.ReceivedRequests();
        Assert.Equal(["/kling/v1/videos/multi-image2video", "/kling/v1/images/generations", "/kling/v1/images/multi-image2image"], sent.Select(r => r.Path));
        Assert.All(sent, r => Assert.True(r.WasMatched));
        Assert.All(sent, r => Assert.Equal("on", r.BodyAsJson().Value<string>("enhance_prompt")));
    }

    [Fact]
    public async Task Create_ExtraFieldNamedLikeAKnownField_IsRefusedBeforeSending()
    {
        var request = new ImageToVideoRequest { Image = KlingImage.FromUrl("https://example.com/first-frame.png"), Prompt = "The cat blinks." };
        request.AdditionalProperties["prompt"] = "Something else.";

        var error = await Assert.ThrowsAsync<KlingValidationException>(() => Client.CreateImageToVideoTaskAsync(request));

        var failure = Assert.Single(error.Failures);
        Assert.Equal("prompt", failure.Path);
        Assert.Equal("is set in AdditionalProperties but \"prompt\" is a known field: set the Prompt property instead", failure.Message);
        Assert.Empty(Fixture.Server.ReceivedRequests());
    }

    [Fact]
    public void Validator_ExtraFieldNamedLikeAKnownField_IsAFailureOnEveryCreate()
    {
        var request = new MultiImageToImageRequest
        {
            SubjectImageList = [new() { SubjectImage = KlingImage.FromUrl("https://example.com/a.png") }, new() { SubjectImage = KlingImage.FromUrl("https://example.com/b.png") }],
        };
        request.AdditionalProperties["subject_image_list"] = Array.Empty<object>();
        request.AdditionalProperties["enhance_prompt"] = "on";

        var failure = Assert.Single(KlingRequestValidator.GetFailures(request));

        Assert.Equal("subject_image_list", failure.Path);
        Assert.Contains("\"subject_image_list\" is a known field", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SchemaMatcher_UnknownField_MatchesButIsListed()
    {
        var matcher = new RequestSchemaMatcher("CreateImageToVideoTask");
        const string Body = """{"image":"https://example.com/a.png","enhance_prompt":"on","camera_control":{"type":"down_back"}}""";

        Assert.Empty(matcher.Problems(Body));
        Assert.Equal(1.0, matcher.IsMatch(Body).Score);
        Assert.Equal(["enhance_prompt"], matcher.UnknownFields(Body));
    }

    [Fact]
    public void SchemaMatcher_UnknownFieldInANestedObject_IsStillAProblem()
    {
        var matcher = new RequestSchemaMatcher("CreateImageToVideoTask");

        Assert.NotEmpty(matcher.Problems("""{"image":"https://example.com/a.png","camera_control":{"type":"down_back","speed":2}}"""));
    }
}
