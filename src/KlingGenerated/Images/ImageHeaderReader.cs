using System.Buffers.Binary;

namespace KlingGenerated;

/// <summary>
/// Reads an image's format, width and height from its first bytes: PNG's IHDR, or a JPEG's SOF0/1/2
/// frame header found by walking the segments before it. No image library, and only the header is
/// read: segments in the way (EXIF and other APPn) are skipped by seeking, or by reading past them
/// when the stream cannot seek.
/// </summary>
internal static class ImageHeaderReader
{
    /// <summary>Reads the header; on failure <paramref name="problem"/> says why in plain words.</summary>
    public static bool TryRead(Stream stream, out ImageHeader header, out string? problem)
    {
        header = default;
        Span<byte> head = stackalloc byte[ImageFormatSniffer.HeaderLength];
        var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var format = ImageFormatSniffer.Sniff(head[..length]);
        try
        {
            (problem, header) = format switch
            {
                ImageFormat.Png => ReadPng(stream, head),
                ImageFormat.Jpeg => ReadJpeg(stream, head),
                _ => (null, new ImageHeader(format, 0, 0)),
            };
        }
        catch (EndOfStreamException)
        {
            problem = $"the {ImageFormatSniffer.Describe(format)} header is cut short";
        }

        return problem is null;
    }

    private static (string?, ImageHeader) ReadPng(Stream stream, ReadOnlySpan<byte> head)
    {
        // Signature (8), IHDR length (4), "IHDR" (4), width (4), height (4): the first 12 are in head.
        Span<byte> rest = stackalloc byte[12];
        stream.ReadExactly(rest);
        if (!rest[..4].SequenceEqual("IHDR"u8))
        {
            return ("the PNG does not start with an IHDR chunk", default);
        }

        var width = BinaryPrimitives.ReadUInt32BigEndian(rest[4..8]);
        var height = BinaryPrimitives.ReadUInt32BigEndian(rest[8..12]);
        return (null, new ImageHeader(ImageFormat.Png, (int)Math.Min(width, int.MaxValue), (int)Math.Min(height, int.MaxValue)));
    }

    private static (string?, ImageHeader) ReadJpeg(Stream stream, ReadOnlySpan<byte> head)
    {
        // head holds SOI (FF D8) and the first 10 bytes of the segments after it: walk those first.
        var reader = new SegmentReader(stream, head[2..]);
        while (true)
        {
            if (reader.ReadByte() != 0xFF)
            {
                return ("the JPEG's segments are corrupt (a marker was expected)", default);
            }

            var marker = reader.ReadByte();
            while (marker == 0xFF)
            {
                marker = reader.ReadByte(); // fill bytes before a marker
            }

            if (marker is 0x01 or 0xD8 or (>= 0xD0 and <= 0xD7))
            {
                continue; // markers without a length
            }

            if (marker is 0xDA or 0xD9)
            {
                return ("the JPEG has no frame header (SOF) before its image data", default);
            }

            var segmentLength = (reader.ReadByte() << 8) | reader.ReadByte();
            if (segmentLength < 2)
            {
                return ("the JPEG's segments are corrupt (a segment length is below 2)", default);
            }

            if (marker is 0xC0 or 0xC1 or 0xC2)
            {
                // SOF0 baseline, SOF1 extended, SOF2 progressive: precision (1), height (2), width (2).
                reader.ReadByte();
                var height = (reader.ReadByte() << 8) | reader.ReadByte();
                var width = (reader.ReadByte() << 8) | reader.ReadByte();
                return (null, new ImageHeader(ImageFormat.Jpeg, width, height));
            }

            if (marker is >= 0xC3 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return ($"the JPEG uses an encoding Kling does not take (SOF{marker - 0xC0}); save it as a baseline or progressive JPEG", default);
            }

            reader.Skip(segmentLength - 2);
        }
    }

    /// <summary>Reads bytes already in hand first, then the stream; skips by seeking when it can.</summary>
    private ref struct SegmentReader(Stream stream, ReadOnlySpan<byte> buffered)
    {
        private ReadOnlySpan<byte> _buffered = buffered;

        public int ReadByte()
        {
            if (!_buffered.IsEmpty)
            {
                var value = _buffered[0];
                _buffered = _buffered[1..];
                return value;
            }

            var next = stream.ReadByte();
            return next < 0 ? throw new EndOfStreamException() : next;
        }

        public void Skip(int count)
        {
            var fromBuffer = Math.Min(count, _buffered.Length);
            _buffered = _buffered[fromBuffer..];
            count -= fromBuffer;
            if (count == 0)
            {
                return;
            }

            if (stream.CanSeek)
            {
                if (stream.Position + count > stream.Length)
                {
                    throw new EndOfStreamException();
                }

                stream.Seek(count, SeekOrigin.Current);
                return;
            }

            Span<byte> sink = stackalloc byte[512];
            while (count > 0)
            {
                var read = stream.Read(sink[..Math.Min(count, sink.Length)]);
                if (read == 0)
                {
                    throw new EndOfStreamException();
                }

                count -= read;
            }
        }
    }
}
