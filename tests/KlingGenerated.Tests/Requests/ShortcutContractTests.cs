using KlingGenerated.Tests.Contract;
using KlingGenerated.Tests.Images;

namespace KlingGenerated.Tests.Requests;

/// <summary>The one-line creates send the same body as the full request they stand for.</summary>
[Collection(WireMockCollection.Name)]
public sealed class ShortcutContractTests(WireMockFixture fixture) : ContractTestBase(fixture)
{
    [Fact]
    public async Task CreateImageToVideoTask_FromAFileAndAPrompt_SendsImageAndPrompt()
    {
        var path = TestImages.Asset("exif-640x480.jpg");

        var created = await Client.CreateImageToVideoTaskAsync(KlingImage.FromFile(path), "The cat turns its head.", KlingModels.KlingV16);

        var sent = await SingleRequestAsync("POST", "/kling/v1/videos/image2video");
        CreateBodyAssert.Equal($$"""
            {"model_name":"kling-v1-6","image":"{{Convert.ToBase64String(File.ReadAllBytes(path))}}","prompt":"The cat turns its head."}
            """, sent.BodyAsJson());
        Assert.Equal(TaskId, created.Data!.TaskId);
    }

    [Fact]
    public async Task CreateMultiImageToVideoTask_FromFilesAndAPrompt_SendsEveryImageInOrder()
    {
        string[] paths = [TestImages.Asset("exif-640x480.jpg"), TestImages.Asset("progressive-400x1000.jpg")];

        await Client.CreateMultiImageToVideoTaskAsync(paths.Select(KlingImage.FromFile), "The astronauts got up and left.");

        var sent = await SingleRequestAsync("POST", "/kling/v1/videos/multi-image2video");
        CreateBodyAssert.Equal($$"""
            {"image_list":[{"image":"{{Base64(paths[0])}}"},{"image":"{{Base64(paths[1])}}"}],"prompt":"The astronauts got up and left."}
            """, sent.BodyAsJson());
    }

    [Fact]
    public async Task CreateMultiImageToImageTask_FromUrlsAndAPrompt_SendsSubjects()
    {
        KlingImage[] subjects = [KlingImage.FromUrl("https://example.com/s1.png"), KlingImage.FromUrl(new Uri("https://example.com/s2.png"))];

        await Client.CreateMultiImageToImageTaskAsync(subjects, "A picnic.", KlingModels.KlingV21);

        var sent = await SingleRequestAsync("POST", "/kling/v1/images/multi-image2image");
        CreateBodyAssert.Equal("""
            {"model_name":"kling-v2-1","subject_image_list":[{"subject_image":"https://example.com/s1.png"},{"subject_image":"https://example.com/s2.png"}],"prompt":"A picnic."}
            """, sent.BodyAsJson());
    }

    private static string Base64(string path) => Convert.ToBase64String(File.ReadAllBytes(path));
}
