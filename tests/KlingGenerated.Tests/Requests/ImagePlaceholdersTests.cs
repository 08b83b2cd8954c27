using KlingGenerated.Tests.Images;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace KlingGenerated.Tests.Requests;

/// <summary>The client's body JSON holds a short placeholder per local image, known only to that body.</summary>
public sealed class ImagePlaceholdersTests
{
    private const string Url = "https://example.com/moon.png";

    [Fact]
    public void Serialize_LocalImage_IsAPlaceholderOfThisBodyAlone_AndAUrlStaysTheUrl()
    {
        var png = TestImages.Png(300, 300, padding: 100_000);
        var request = new MultiImageToVideoRequest
        {
            ImageList = [new ImageListItem { Image = KlingImage.FromBytes(png) }, new ImageListItem { Image = KlingImage.FromUrl(Url) }],
            Prompt = "go",
        };

        var first = ImagePlaceholders.Serialize(request, new JsonSerializerSettings(), out var firstImages);
        var second = ImagePlaceholders.Serialize(request, new JsonSerializerSettings(), out var secondImages);

        Assert.True(first.Length < 200, $"The image's Base64 is in the JSON: {first.Length} characters.");
        var (placeholder, image) = Assert.Single(firstImages.Images);
        Assert.Same(request.ImageList[0].Image, image);
        Assert.Equal(placeholder, JObject.Parse(first).SelectToken("image_list[0].image")!.Value<string>());
        Assert.Equal(Url, JObject.Parse(first).SelectToken("image_list[1].image")!.Value<string>());
        Assert.DoesNotContain(placeholder, second, StringComparison.Ordinal);
        Assert.DoesNotContain(placeholder, secondImages.Images.Keys);
    }
}
