using KlingGenerated.Tests.Images;
using Newtonsoft.Json;

namespace KlingGenerated.Tests.Validation;

public sealed class RequestValidatorTests
{
    private static readonly KlingImage Url = KlingImage.FromUrl("https://example.com/cat.png");

    [Fact]
    public void ThrowIfInvalid_ManyProblems_ListsEveryOneWithItsWirePath()
    {
        var request = new MultiImageToVideoRequest
        {
            ImageList =
            [
                new ImageListItem { Image = Url },
                new ImageListItem { Image = KlingImage.FromFile(TestImages.Asset("wide-800x300.jpg")) },
                new ImageListItem { Image = KlingImage.FromFile(TestImages.Asset("cat.webp")) },
            ],
            Prompt = new string('p', 2501),
            Mode = (GenerationMode)7,
        };

        var error = Assert.Throws<KlingValidationException>(() => KlingRequestValidator.ThrowIfInvalid(request));

        Assert.Equal(["image_list[1].image", "image_list[2].image", "prompt", "mode"], error.Failures.Select(f => f.Path));
        Assert.Equal("cat.webp: WebP is not accepted; use JPEG or PNG", error.Failures[1].Message);
        Assert.Equal("must be at most 2500 characters (it has 2501)", error.Failures[2].Message);
        Assert.All(error.Failures, f => Assert.Contains($"{f.Path}: {f.Message}", error.Message));
        Assert.IsAssignableFrom<ArgumentException>(error);
    }

    [Fact]
    public void GetFailures_ValidRequest_IsEmpty()
    {
        var request = new ImageToVideoRequest { Image = Url, Prompt = "The cat blinks.", Mode = GenerationMode.Professional, CfgScale = 0.5 };

        Assert.Empty(KlingRequestValidator.GetFailures(request));
    }

    [Fact]
    public void GetFailures_EveryRequestExampleInTheSpec_IsValid()
    {
        var examples = (
            from operation in SpecDocument.Operations(SpecDocument.Current)
            let body = operation.Operation.SelectToken("requestBody.content['application/json']")
            where body is not null
            let type = typeof(KlingClient).Assembly.GetType("KlingGenerated." + body["schema"]!["$ref"]!.ToString().Split('/')[^1], throwOnError: true)!
            from example in body["examples"]!.Children<Newtonsoft.Json.Linq.JProperty>()
            select (Name: $"{operation.OperationId}/{example.Name}", Request: example.Value["value"]!.ToObject(type)!)).ToList();

        Assert.NotEmpty(examples);
        Assert.All(examples, e => Assert.True(KlingRequestValidator.GetFailures(e.Request).Count == 0,
            $"{e.Name}: {string.Join("; ", KlingRequestValidator.GetFailures(e.Request))}"));
    }

    [Fact]
    public void GetFailures_LocalImageCopiedThroughJson_IsCheckedAsTheSameImage()
    {
        var webp = new ImageToVideoRequest { Image = KlingImage.FromFile(TestImages.Asset("cat.webp")) };
        var png = new ImageToVideoRequest { Image = KlingImage.FromBytes(TestImages.Png(300, 300)) };

        var webpCopy = JsonConvert.DeserializeObject<ImageToVideoRequest>(JsonConvert.SerializeObject(webp))!;
        var pngCopy = JsonConvert.DeserializeObject<ImageToVideoRequest>(JsonConvert.SerializeObject(png))!;

        Assert.Empty(KlingRequestValidator.GetFailures(pngCopy));
        var failure = Assert.Single(KlingRequestValidator.GetFailures(webpCopy));
        Assert.Equal("image", failure.Path);
        Assert.Equal("Base64 image: WebP is not accepted; use JPEG or PNG", failure.Message);
    }

    [Fact]
    public void GetFailures_HandWrittenBase64_IsCheckedLikeAnImage()
    {
        var png = Convert.ToBase64String(TestImages.Png(400, 400));
        var webp = Convert.ToBase64String(File.ReadAllBytes(TestImages.Asset("cat.webp")));

        Assert.Empty(KlingRequestValidator.GetFailures(new ImageToVideoRequest { Image = KlingImage.FromBase64(png) }));
        var failure = Assert.Single(KlingRequestValidator.GetFailures(new ImageToVideoRequest { Image = KlingImage.FromBase64(webp) }));
        Assert.Equal("Base64 image: WebP is not accepted; use JPEG or PNG", failure.Message);
    }

    [Fact]
    public void GetFailures_NullListItem_FailsAtItsIndex()
    {
        var request = new MultiImageToVideoRequest { ImageList = [new ImageListItem { Image = Url }, null!], Prompt = "go" };

        var failure = Assert.Single(KlingRequestValidator.GetFailures(request));

        Assert.Equal("image_list[1]", failure.Path);
    }
}
