namespace KlingGenerated.Tests.Images;

public sealed class KlingImageChecksTests : IClassFixture<TempFolder>
{
    private readonly TempFolder _folder;

    public KlingImageChecksTests(TempFolder folder) => _folder = folder;

    [Fact]
    public void Check_WebP_NamesTheFileAndAsksForJpegOrPng()
    {
        var problems = KlingImageChecks.Check(KlingImage.FromFile(TestImages.Asset("cat.webp")));

        Assert.Equal(["cat.webp: WebP is not accepted; use JPEG or PNG"], problems);
    }

    [Fact]
    public void Check_Gif_IsRefused()
    {
        var problem = Assert.Single(KlingImageChecks.Check(KlingImage.FromFile(TestImages.Asset("cat.gif"))));

        Assert.Equal("cat.gif: GIF is not accepted; use JPEG or PNG", problem);
    }

    [Fact]
    public void Check_WebPNamedPng_IsJudgedByItsBytes()
    {
        var disguised = Path.Combine(_folder.Path, "cat.png");
        File.Copy(TestImages.Asset("cat.webp"), disguised, overwrite: true);

        var problem = Assert.Single(KlingImageChecks.Check(KlingImage.FromFile(disguised)));

        Assert.Equal("cat.png: WebP is not accepted; use JPEG or PNG", problem);
    }

    [Fact]
    public void Check_JpegNamedPngAndPngNamedJpg_AreAccepted()
    {
        var jpegAsPng = Path.Combine(_folder.Path, "photo.png");
        File.Copy(TestImages.Asset("exif-640x480.jpg"), jpegAsPng, overwrite: true);
        var pngAsJpg = TestImages.WritePng(_folder.Path, "drawing.jpg", 400, 400);

        Assert.Empty(KlingImageChecks.Check(KlingImage.FromFile(jpegAsPng)));
        Assert.Empty(KlingImageChecks.Check(KlingImage.FromFile(pngAsJpg)));
    }

    [Fact]
    public void Check_UnknownBytes_SaysItIsNotAnImage()
    {
        var text = Path.Combine(_folder.Path, "notes.png");
        File.WriteAllText(text, "these are not image bytes");

        var problem = Assert.Single(KlingImageChecks.Check(KlingImage.FromFile(text)));

        Assert.StartsWith("notes.png: not a JPEG or PNG image", problem);
    }

    [Fact]
    public void Check_MissingFile_SaysFileNotFound()
    {
        var problem = Assert.Single(KlingImageChecks.Check(KlingImage.FromFile(Path.Combine(_folder.Path, "gone.png"))));

        Assert.Equal("gone.png: file not found", problem);
    }

    [Fact]
    public void Check_OverTenMegabytes_IsRefused_AtTenMegabytes_IsAccepted()
    {
        var exact = PngOfLength("exact.png", KlingImageRules.MaxBytes);
        var over = PngOfLength("over.png", KlingImageRules.MaxBytes + 1);

        Assert.Empty(KlingImageChecks.Check(KlingImage.FromFile(exact)));
        var problem = Assert.Single(KlingImageChecks.Check(KlingImage.FromFile(over)));
        Assert.StartsWith("over.png: ", problem);
        Assert.EndsWith("is over the 10 MB limit", problem);
    }

    [Fact]
    public void Check_SideBelowMinimum_IsRefused()
    {
        var problem = Assert.Single(KlingImageChecks.Check(KlingImage.FromFile(TestImages.Asset("small-299x400.jpg"))));

        Assert.Equal($"small-299x400.jpg: 299x400 px is too small; both sides must be at least {KlingImageRules.MinSide} px", problem);
    }

    [Fact]
    public void Check_TooWide_IsRefusedWithItsRatio()
    {
        var problem = Assert.Single(KlingImageChecks.Check(KlingImage.FromFile(TestImages.Asset("wide-800x300.jpg"))));

        Assert.Equal("wide-800x300.jpg: 800x300 px has an aspect ratio of 2.67:1; it must be between 1:2.5 and 2.5:1", problem);
    }

    [Theory]
    [InlineData(750, 300, true)]
    [InlineData(751, 300, false)]
    [InlineData(300, 750, true)]
    [InlineData(300, 751, false)]
    public void Check_AspectRatioBoundary_IsInclusive(int width, int height, bool accepted)
    {
        var problems = KlingImageChecks.Check(KlingImage.FromBytes(TestImages.Png(width, height), "edge.png"));

        Assert.Equal(accepted, problems.Count == 0);
    }

    [Fact]
    public void Check_ProgressiveJpegAtOneToTwoPointFive_IsAccepted()
    {
        Assert.Empty(KlingImageChecks.Check(KlingImage.FromFile(TestImages.Asset("progressive-400x1000.jpg"))));
    }

    [Fact]
    public void Check_TooSmallAndTooNarrow_ListsBothProblems()
    {
        var problems = KlingImageChecks.Check(KlingImage.FromBytes(TestImages.Png(200, 600), "sliver.png"));

        Assert.Collection(problems,
            p => Assert.Contains("too small", p),
            p => Assert.Contains("aspect ratio of 1:3", p));
    }

    [Fact]
    public void Check_Url_IsNotDownloaded()
    {
        Assert.Empty(KlingImageChecks.Check(KlingImage.FromUrl("https://example.com/does-not-exist.webp")));
    }

    private string PngOfLength(string name, long length)
    {
        var bare = TestImages.Png(400, 400).Length;
        var chunkOverhead = 12; // length, type and CRC of the padding chunk
        return TestImages.WritePng(_folder.Path, name, 400, 400, padding: (int)(length - bare - chunkOverhead));
    }
}
