using System.Text.RegularExpressions;
using KlingGenerated.TestSupport;

namespace KlingGenerated.Tests.Images;

public sealed partial class ImageHeaderReaderTests
{
    [Theory]
    [InlineData(640, 360)]
    [InlineData(300, 750)]
    public void TryRead_Png_ReadsIhdrSize(int width, int height)
    {
        using var stream = new MemoryStream(TestImages.Png(width, height));

        Assert.True(ImageHeaderReader.TryRead(stream, out var header, out var problem), problem);

        Assert.Equal(new ImageHeader(ImageFormat.Png, width, height), header);
    }

    [Theory]
    [InlineData("exif-640x480.jpg")]
    [InlineData("extended-640x480.jpg")]
    [InlineData("progressive-400x1000.jpg")]
    [InlineData("small-299x400.jpg")]
    [InlineData("wide-800x300.jpg")]
    public void TryRead_RealJpeg_ReadsFrameHeaderSize(string asset)
    {
        // The size in each file's name is what ImageMagick reported when it made the file.
        var size = SizeInName().Match(asset);
        using var stream = File.OpenRead(TestImages.Asset(asset));

        Assert.True(ImageHeaderReader.TryRead(stream, out var header, out var problem), problem);

        Assert.Equal(ImageFormat.Jpeg, header.Format);
        Assert.Equal(int.Parse(size.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), header.Width);
        Assert.Equal(int.Parse(size.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), header.Height);
    }

    [Fact]
    public void TryRead_JpegWithExif_SkipsTheExifInsteadOfReadingIt()
    {
        var path = TestImages.Asset("exif-640x480.jpg");
        var exifLength = ExifSegmentLength(File.ReadAllBytes(path));
        using var counting = new CountingStream(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0));

        Assert.True(ImageHeaderReader.TryRead(counting, out _, out var problem), problem);

        Assert.True(counting.BytesRead < exifLength / 100, $"Read {counting.BytesRead} bytes to get past a {exifLength}-byte EXIF segment.");
    }

    [Fact]
    public void TryRead_JpegThroughANonSeekableStream_WalksPastExifByReading()
    {
        var base64 = Convert.ToBase64String(File.ReadAllBytes(TestImages.Asset("exif-640x480.jpg")));

        Assert.True(ImageHeaderReader.TryRead(new Base64DecodingStream(base64), out var header, out var problem), problem);

        Assert.Equal((640, 480), (header.Width, header.Height));
    }

    [Fact]
    public void TryRead_LargePng_ReadsOnlyTheHeader()
    {
        using var folder = new TempFolder();
        var path = TestImages.WritePng(folder.Path, "big.png", 1000, 1000, padding: 8 * 1024 * 1024);
        using var counting = new CountingStream(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0));

        Assert.True(ImageHeaderReader.TryRead(counting, out _, out var problem), problem);

        Assert.True(counting.BytesRead * 100_000 < new FileInfo(path).Length, $"Read {counting.BytesRead} bytes of {new FileInfo(path).Length}.");
    }

    [Fact]
    public void TryRead_JpegWithUnsupportedFrameType_SaysWhichEncoding()
    {
        var bytes = File.ReadAllBytes(TestImages.Asset("wide-800x300.jpg"));
        bytes[IndexOfMarker(bytes, 0xC0) + 1] = 0xC9; // SOF9: arithmetic coding

        Assert.False(ImageHeaderReader.TryRead(new MemoryStream(bytes), out _, out var problem));

        Assert.Contains("SOF9", problem);
    }

    [Fact]
    public void TryRead_JpegWithScanBeforeFrameHeader_SaysTheFrameHeaderIsMissing()
    {
        var bytes = File.ReadAllBytes(TestImages.Asset("wide-800x300.jpg"));
        bytes[IndexOfMarker(bytes, 0xC0) + 1] = 0xE5; // the frame header becomes an APP5 segment

        Assert.False(ImageHeaderReader.TryRead(new MemoryStream(bytes), out _, out var problem));

        Assert.Contains("no frame header", problem);
    }

    [Theory]
    [InlineData("png")]
    [InlineData("jpeg")]
    public void TryRead_TruncatedHeader_SaysItIsCutShort(string format)
    {
        var whole = format == "png" ? TestImages.Png(400, 400) : File.ReadAllBytes(TestImages.Asset("wide-800x300.jpg"));
        var cut = format == "png" ? whole[..20] : whole[..(IndexOfMarker(whole, 0xC0) + 5)];

        Assert.False(ImageHeaderReader.TryRead(new MemoryStream(cut), out _, out var problem));

        Assert.Contains("cut short", problem);
    }

    private static int IndexOfMarker(byte[] bytes, byte marker) =>
        Enumerable.Range(2, bytes.Length - 3).First(i => bytes[i] == 0xFF && bytes[i + 1] == marker);

    private static int ExifSegmentLength(byte[] jpeg)
    {
        var at = IndexOfMarker(jpeg, 0xE1);
        return (jpeg[at + 2] << 8) | jpeg[at + 3];
    }

    [GeneratedRegex(@"(\d+)x(\d+)")]
    private static partial Regex SizeInName();
}
