using KlingGenerated.Tests.Contract;
using KlingGenerated.Tests.Images;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace KlingGenerated.Tests.Requests;

/// <summary>Local images reach the wire as the spec says: raw Base64 in the image field, whatever field it is.</summary>
[Collection(WireMockCollection.Name)]
public sealed class FileImageContractTests(WireMockFixture fixture) : ContractTestBase(fixture), IClassFixture<TempFolder>
{
    private static readonly KlingImage Url = KlingImage.FromUrl("https://example.com/other.png");

    [Fact]
    public async Task CreateImageToVideoTask_FileImage_SendsItsBase64WithAContentLength()
    {
        var path = Images.TestImages.Asset("exif-640x480.jpg");

        await Client.CreateImageToVideoTaskAsync(new ImageToVideoRequest { Image = KlingImage.FromFile(path), Prompt = "The cat blinks." });

        var sent = await SingleRequestAsync("POST", "/kling/v1/videos/image2video");
        Assert.Equal(Convert.ToBase64String(File.ReadAllBytes(path)), sent.BodyAsJson().Value<string>("image"));
        Assert.Equal(sent.Body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), sent.Header("Content-Length"));
        Assert.Null(sent.Header("Transfer-Encoding"));
    }

    public static TheoryData<string, string> ImageFieldRows()
    {
        var rows = new TheoryData<string, string>();
        foreach (var (schema, wireName) in SpecImageFields.Marked)
        {
            rows.Add(schema, wireName);
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(ImageFieldRows))]
    public async Task Create_KlingImageInEachImageField_ArrivesAsRawBase64(string owner, string wireName)
    {
        var png = TestImages.Png(300, 400);
        var image = KlingImage.FromBytes(png, "field.png");

        var (send, path, route) = owner switch
        {
            nameof(ImageToVideoRequest) => (Send(new ImageToVideoRequest { Image = wireName == "image" ? image : Url, ImageTail = wireName == "image_tail" ? image : null, StaticMask = wireName == "static_mask" ? image : null }),
                wireName, "/kling/v1/videos/image2video"),
            nameof(DynamicMask) => (Send(new ImageToVideoRequest { Image = Url, DynamicMasks = [new DynamicMask { Mask = image, Trajectories = [new TrajectoryPoint(), new TrajectoryPoint { X = 5 }] }] }),
                "dynamic_masks[0].mask", "/kling/v1/videos/image2video"),
            nameof(ImageListItem) => (Send(new MultiImageToVideoRequest { ImageList = [new ImageListItem { Image = Url }, new ImageListItem { Image = image }], Prompt = "go" }),
                "image_list[1].image", "/kling/v1/videos/multi-image2video"),
            nameof(SubjectImageItem) => (Send(new ImageGenerationRequest { SubjectImageList = [new SubjectImageItem { SubjectImage = Url }, new SubjectImageItem { SubjectImage = image }] }),
                "subject_image_list[1].subject_image", "/kling/v1/images/generations"),
            nameof(ImageGenerationRequest) => (Send(new ImageGenerationRequest { SubjectImageList = Subjects(), ScenceImage = wireName == "scence_image" ? image : null, StyleImage = wireName == "style_image" ? image : null }),
                wireName, "/kling/v1/images/generations"),
            nameof(MultiImageToImageRequest) => (Send(new MultiImageToImageRequest { SubjectImageList = Subjects(), SceneImage = wireName == "scene_image" ? image : null, StyleImage = wireName == "style_image" ? image : null }),
                wireName, "/kling/v1/images/multi-image2image"),
            _ => throw new InvalidOperationException($"No request for {owner}.{wireName}: add one."),
        };

        await send;

        var sent = await SingleRequestAsync("POST", route);
        Assert.Equal(Convert.ToBase64String(png), sent.BodyAsJson().SelectToken(path)!.Value<string>());
    }

    [Fact]
    public async Task CreateImageToVideoTask_RequestCopiedThroughJson_SendsTheSameImageBytes()
    {
        var path = Images.TestImages.Asset("exif-640x480.jpg");
        var original = new ImageToVideoRequest { Image = KlingImage.FromFile(path), ImageTail = Url, Prompt = "The cat blinks." };

        var copy = JsonConvert.DeserializeObject<ImageToVideoRequest>(JsonConvert.SerializeObject(original))!;
        await Client.CreateImageToVideoTaskAsync(copy);

        var sent = (await SingleRequestAsync("POST", "/kling/v1/videos/image2video")).BodyAsJson();
        Assert.Equal(File.ReadAllBytes(path), Convert.FromBase64String(sent.Value<string>("image")!));
        Assert.Equal(Url.Url!.OriginalString, sent.Value<string>("image_tail"));
    }

    private Task Send(object request) => request switch
    {
        ImageToVideoRequest r => Client.CreateImageToVideoTaskAsync(r),
        MultiImageToVideoRequest r => Client.CreateMultiImageToVideoTaskAsync(r),
        ImageGenerationRequest r => Client.CreateImageGenerationTaskAsync(r),
        MultiImageToImageRequest r => Client.CreateMultiImageToImageTaskAsync(r),
        _ => throw new ArgumentOutOfRangeException(nameof(request)),
    };

    private static List<SubjectImageItem> Subjects() => [new() { SubjectImage = Url }, new() { SubjectImage = Url }];
}
