using KlingGenerated.Tests.Images;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace KlingGenerated.Tests.Requests;

/// <summary>The client's body JSON holds an empty string per local image and the position its Base64 goes to; no stand-in text.</summary>
public sealed class ImageSlotsTests
{
    private const string Url = "https://example.com/moon.png";

    [Fact]
    public void Serialize_LocalImages_AreEmptyStringsWithTheirPositions_AndAUrlStaysTheUrl()
    {
        var png = TestImages.Png(300, 300, padding: 100_000);
        var request = new MultiImageToVideoRequest
        {
            ImageList =
            [
                new ImageListItem { Image = KlingImage.FromBytes(png) },
                new ImageListItem { Image = KlingImage.FromUrl(Url) },
                new ImageListItem { Image = KlingImage.FromBytes(png) },
            ],
            Prompt = "a prompt that spells \"\" and klingimage: on purpose",
        };

        var json = ImageSlots.Serialize(request, new JsonSerializerSettings(), out var slots);

        Assert.True(json.Length < 300, $"The image's Base64 is in the JSON: {json.Length} characters.");
        var parsed = JObject.Parse(json);
        Assert.Equal(string.Empty, parsed.SelectToken("image_list[0].image")!.Value<string>());
        Assert.Equal(Url, parsed.SelectToken("image_list[1].image")!.Value<string>());
        Assert.Equal(string.Empty, parsed.SelectToken("image_list[2].image")!.Value<string>());
        Assert.Equal(request.Prompt, parsed.Value<string>("prompt"));
        Assert.Collection(slots.Images,
            first => { Assert.Same(request.ImageList[0].Image, first.Image); Assert.Equal("\"\"", json.Substring(first.Offset - 1, 2)); },
            second => { Assert.Same(request.ImageList[2].Image, second.Image); Assert.Equal("\"\"", json.Substring(second.Offset - 1, 2)); });
        Assert.True(slots.Images[0].Offset < slots.Images[1].Offset);
    }
}
