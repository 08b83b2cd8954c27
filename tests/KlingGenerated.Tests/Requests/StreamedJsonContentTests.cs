using KlingGenerated.Tests.Images;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace KlingGenerated.Tests.Requests;

public sealed class StreamedJsonContentTests : IClassFixture<TempFolder>
{
    private readonly TempFolder _folder;

    public StreamedJsonContentTests(TempFolder folder) => _folder = folder;

    [Fact]
    public async Task Body_WithFileImages_IsTheNaiveJsonByteForByte()
    {
        var (request, paths) = MultiImageRequest();
        var naive = NaiveJson(request, paths);

        using var content = Content(request);
        var streamed = await content.ReadAsStringAsync();

        Assert.Equal(naive, streamed);
    }

    [Fact]
    public async Task Body_WithFileImages_IsWhatJsonConvertWritesForTheSameRequest()
    {
        var (request, _) = MultiImageRequest();

        using var content = Content(request);

        Assert.Equal(JsonConvert.SerializeObject(request), await content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Body_SentTwice_IsTheSameBothTimes()
    {
        var (request, _) = MultiImageRequest();
        using var content = Content(request);

        var first = await SerializeAsync(content);
        var second = await SerializeAsync(content);

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task ContentLength_IsKnownAndExact()
    {
        var (request, _) = MultiImageRequest();
        using var content = Content(request);

        var declared = content.Headers.ContentLength;
        var written = (await SerializeAsync(content)).Length;

        Assert.Equal(written, declared);
        Assert.Equal("application/json; charset=utf-8", content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task Body_SameImageTwice_IsInlinedInBothPlaces()
    {
        var path = TestImages.WritePng(_folder.Path, "twice.png", 300, 300);
        var image = KlingImage.FromFile(path);
        var request = new MultiImageToVideoRequest { ImageList = [new ImageListItem { Image = image }, new ImageListItem { Image = image }], Prompt = "go" };
        using var content = Content(request);

        var body = JObject.Parse(await content.ReadAsStringAsync());

        var expected = Convert.ToBase64String(File.ReadAllBytes(path));
        Assert.All(body["image_list"]!, item => Assert.Equal(expected, item.Value<string>("image")));
    }

    [Fact]
    public async Task Body_FileLargerThanOneEncodingBlock_IsEncodedWhole()
    {
        // Larger than the 48 KB encoding block and not a multiple of 3, so blocks and padding both matter.
        var path = TestImages.WritePng(_folder.Path, "large.png", 300, 300, padding: 200_001);
        var request = new ImageToVideoRequest { Image = KlingImage.FromFile(path) };
        using var content = Content(request);

        var body = JObject.Parse(await content.ReadAsStringAsync());

        Assert.Equal(Convert.ToBase64String(File.ReadAllBytes(path)), body.Value<string>("image"));
    }

    private (MultiImageToVideoRequest Request, string[] Paths) MultiImageRequest()
    {
        string[] paths =
        [
            TestImages.WritePng(_folder.Path, "a.png", 320, 300),
            TestImages.WritePng(_folder.Path, "b.png", 300, 700),
            TestImages.Asset("exif-640x480.jpg"),
        ];
        var request = new MultiImageToVideoRequest
        {
            ImageList = [.. paths.Select(p => new ImageListItem { Image = KlingImage.FromFile(p) })],
            Prompt = "The astronauts got up and left.",
            ExternalTaskId = "order-1",
        };
        return (request, paths);
    }

    /// <summary>What the naive way sends: every file read and Base64-encoded into the model, then serialized.</summary>
    private static string NaiveJson(MultiImageToVideoRequest request, string[] paths)
    {
        var naive = new MultiImageToVideoRequest
        {
            ImageList = [.. paths.Select(p => new ImageListItem { Image = KlingImage.FromBase64(Convert.ToBase64String(File.ReadAllBytes(p))) })],
            Prompt = request.Prompt,
            ExternalTaskId = request.ExternalTaskId,
        };
        return JsonConvert.SerializeObject(naive);
    }

    private static StreamedJsonContent Content(object request)
    {
        Assert.Empty(RequestWalker.Walk(request, checkModelCapabilities: true).Failures);
        var json = ImageSlots.Serialize(request, new JsonSerializerSettings(), out var slots);
        return new StreamedJsonContent(json, slots.Images);
    }

    private static async Task<byte[]> SerializeAsync(HttpContent content)
    {
        using var sink = new MemoryStream();
        await content.CopyToAsync(sink);
        return sink.ToArray();
    }
}
