namespace KlingGenerated.Tests.Images;

public sealed class KlingImageFactoryTests
{
    [Fact]
    public async Task FromBytes_IsSentAsPlainBase64()
    {
        byte[] bytes = [1, 2, 3];

        var wire = await WireTextAsync(KlingImage.FromBytes(bytes));

        Assert.Equal(Convert.ToBase64String(bytes), wire);
    }

    [Fact]
    public async Task FromBase64_WithDataPrefix_StripsIt()
    {
        var png = TestImages.Png(300, 300);
        var raw = Convert.ToBase64String(png);

        var image = KlingImage.FromBase64("data:image/png;base64," + raw);

        Assert.Equal(raw, await WireTextAsync(image));
        Assert.Empty(KlingImageChecks.Check(image));
    }

    [Fact]
    public async Task FromBase64_WithLineBreaks_SendsItWithout()
    {
        var raw = Convert.ToBase64String(TestImages.Png(300, 300));
        var wrapped = Convert.ToBase64String(TestImages.Png(300, 300), Base64FormattingOptions.InsertLineBreaks);

        Assert.Equal(raw, await WireTextAsync(KlingImage.FromBase64(wrapped)));
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("data:image/png,abc")]
    public void FromBase64_NotBase64_Throws(string text)
    {
        Assert.Throws<FormatException>(() => KlingImage.FromBase64(text));
    }

    [Theory]
    [InlineData("ftp://example.com/cat.png")]
    [InlineData("file:///tmp/cat.png")]
    [InlineData("/images/cat.png")]
    [InlineData("cat.png")]
    public void FromUrl_NotAbsoluteHttp_Throws(string url)
    {
        Assert.Throws<ArgumentException>(() => KlingImage.FromUrl(url));
    }

    [Theory]
    [InlineData("https://example.com/cat.png")]
    [InlineData("http://example.com/a%20b.png?size=large")]
    public void FromUrl_Http_IsSentAsTheUrlItself(string url)
    {
        var field = Newtonsoft.Json.JsonConvert.SerializeObject(new ImageToVideoRequest { Image = KlingImage.FromUrl(url) });
        var fromUri = Newtonsoft.Json.JsonConvert.SerializeObject(new ImageToVideoRequest { Image = KlingImage.FromUrl(new Uri(url)) });

        Assert.Equal($"{{\"image\":\"{url}\"}}", field);
        Assert.Equal(field, fromUri);
    }

    [Fact]
    public async Task FromStream_NonSeekable_KeepsEveryByte()
    {
        var png = TestImages.Png(320, 320);
        using var stream = new NonSeekableStream(new MemoryStream(png));

        var image = KlingImage.FromStream(stream, "upload.png");

        Assert.Equal(Convert.ToBase64String(png), await WireTextAsync(image));
        Assert.Equal("upload.png", image.Name);
    }

    [Fact]
    public void FromStream_Endless_StopsJustPastTheLimitAndIsRefused()
    {
        using var endless = new EndlessStream(TestImages.Png(400, 400));

        var image = KlingImage.FromStream(endless);

        Assert.InRange(image.GetByteLength(), KlingImageRules.MaxBytes + 1, KlingImageRules.MaxBytes + 81920);
        Assert.Contains(KlingImageChecks.Check(image), p => p.Contains("over the 10 MB limit", StringComparison.Ordinal));
    }

    [Fact]
    public void FromFile_IsNotReadUntilChecked()
    {
        var image = KlingImage.FromFile("/no/such/folder/cat.png");

        Assert.Equal("cat.png", image.Name);
        Assert.True(image.IsLocal);
    }

    private static async Task<string> WireTextAsync(KlingImage image)
    {
        using var sink = new MemoryStream();
        await image.WriteBase64Async(sink, CancellationToken.None);
        Assert.Equal(image.GetBase64Length(), sink.Length);
        return System.Text.Encoding.ASCII.GetString(sink.ToArray());
    }

    private sealed class NonSeekableStream(Stream inner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, Math.Min(count, 1000));
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A real PNG followed by zeros forever.</summary>
    private sealed class EndlessStream(byte[] start) : Stream
    {
        private long _position;
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count)
        {
            for (var i = 0; i < count; i++, _position++)
            {
                buffer[offset + i] = _position < start.Length ? start[_position] : (byte)0;
            }

            return count;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
