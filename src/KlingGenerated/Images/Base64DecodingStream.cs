namespace KlingGenerated;

/// <summary>
/// Decodes Base64 text as it is read, a block at a time, so checking a Base64 image's header does
/// not decode (or copy) the whole image. Forward-only; the text must be valid Base64 without whitespace.
/// </summary>
internal sealed class Base64DecodingStream(string base64) : Stream
{
    private const int CharsPerBlock = 1024; // a multiple of 4
    private readonly byte[] _block = new byte[CharsPerBlock / 4 * 3];
    private int _textPosition;
    private int _blockStart;
    private int _blockEnd;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_blockStart == _blockEnd && !Refill())
        {
            return 0;
        }

        var count = Math.Min(buffer.Length, _blockEnd - _blockStart);
        _block.AsSpan(_blockStart, count).CopyTo(buffer);
        _blockStart += count;
        return count;
    }

    public override int ReadByte()
    {
        Span<byte> one = stackalloc byte[1];
        return Read(one) == 1 ? one[0] : -1;
    }

    private bool Refill()
    {
        var chars = Math.Min(CharsPerBlock, base64.Length - _textPosition);
        if (chars <= 0)
        {
            return false;
        }

        if (!Convert.TryFromBase64Chars(base64.AsSpan(_textPosition, chars), _block, out var written))
        {
            throw new InvalidDataException("The text is not valid Base64.");
        }

        _textPosition += chars;
        _blockStart = 0;
        _blockEnd = written;
        return written > 0;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
