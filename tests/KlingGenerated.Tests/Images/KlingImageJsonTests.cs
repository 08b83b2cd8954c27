using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace KlingGenerated.Tests.Images;

/// <summary>
/// Any Newtonsoft serializer writes an image field as the wire does (a URL, or the raw Base64) and
/// reads it back into an image, so a request can be logged, stored or copied through JSON.
/// </summary>
public sealed class KlingImageJsonTests(TempFolder folder) : IClassFixture<TempFolder>
{
    private const string Url = "https://example.com/cat.png?size=large";

    [Fact]
    public void SerializeObject_FileLargerThanKlingAccepts_StopsReadingAndSaysSo()
    {
        var path = Path.Combine(folder.Path, "huge.png");
        using (var file = File.Create(path))
        {
            file.SetLength(KlingImageRules.MaxBytes * 3); // sparse: no disk or memory for the test itself
        }

        var error = Assert.ThrowsAny<Exception>(() => JsonConvert.SerializeObject(new ImageToVideoRequest { Image = KlingImage.FromFile(path) }));

        var tooLarge = Assert.IsType<InvalidDataException>(error is JsonSerializationException { InnerException: { } inner } ? inner : error);
        Assert.Contains("huge.png", tooLarge.Message);
        Assert.Contains("larger than", tooLarge.Message);
    }

    [Fact]
    public void SerializeObject_FileImage_WritesTheFilesBase64()
    {
        var path = TestImages.WritePng(folder.Path, "first.png", 320, 300);

        var json = JsonConvert.SerializeObject(new ImageToVideoRequest { Image = KlingImage.FromFile(path) });

        Assert.Equal(Convert.ToBase64String(File.ReadAllBytes(path)), JObject.Parse(json).Value<string>("image"));
    }

    [Fact]
    public void SerializeObject_UrlImage_WritesTheUrl()
    {
        var json = JsonConvert.SerializeObject(new ImageToVideoRequest { Image = KlingImage.FromUrl(Url) });

        Assert.Contains($"\"image\":\"{Url}\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void DeserializeObject_UrlImage_RoundTrips()
    {
        var json = JsonConvert.SerializeObject(new ImageToVideoRequest { ImageTail = KlingImage.FromUrl(Url) });

        var copy = JsonConvert.DeserializeObject<ImageToVideoRequest>(json)!;

        Assert.Null(copy.Image);
        Assert.Equal(new Uri(Url), copy.ImageTail!.Url);
    }

    [Fact]
    public async Task DeserializeObject_LocalImagesInNestedFields_KeepTheirBytes()
    {
        var png = TestImages.Png(300, 400);
        var request = new MultiImageToVideoRequest
        {
            ImageList = [new ImageListItem { Image = KlingImage.FromUrl(Url) }, new ImageListItem { Image = KlingImage.FromBytes(png) }],
            Prompt = "go",
        };

        var copy = JsonConvert.DeserializeObject<MultiImageToVideoRequest>(JsonConvert.SerializeObject(request))!;

        Assert.Equal(new Uri(Url), copy.ImageList[0].Image.Url);
        Assert.True(copy.ImageList[1].Image.IsLocal);
        Assert.Equal(png, await BytesOfAsync(copy.ImageList[1].Image));
    }

    [Theory]
    [InlineData("\"not an image!\"")]
    [InlineData("\"ftp://example.com/cat.png\"")]
    [InlineData("42")]
    [InlineData("{\"url\": \"https://example.com/cat.png\"}")]
    public void DeserializeObject_FieldThatIsNeitherUrlNorBase64_ThrowsNamingTheField(string value)
    {
        var json = $"{{\"image_list\": [{{\"image\": \"{Url}\"}}, {{\"image\": {value}}}], \"prompt\": \"go\"}}";

        var error = Assert.Throws<JsonSerializationException>(() => JsonConvert.DeserializeObject<MultiImageToVideoRequest>(json));

        Assert.Contains("image_list[1].image", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeserializeObject_NullImage_IsNull()
    {
        var copy = JsonConvert.DeserializeObject<ImageToVideoRequest>("{\"image\": null, \"image_tail\": \"" + Url + "\"}")!;

        Assert.Null(copy.Image);
    }

    private static async Task<byte[]> BytesOfAsync(KlingImage image)
    {
        using var sink = new MemoryStream();
        await image.WriteBase64Async(sink, CancellationToken.None);
        return Convert.FromBase64String(System.Text.Encoding.ASCII.GetString(sink.ToArray()));
    }
}
