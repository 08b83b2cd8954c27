using System.Buffers.Binary;
using System.IO.Compression;

namespace KlingGenerated.Tests.Images;

/// <summary>
/// Real image files for the tests: PNGs written here (any size, decodable by any viewer), and the
/// JPEG, WebP and GIF files committed under Assets/ (made with ImageMagick; exif-640x480.jpg has a
/// 20 KB EXIF segment before its frame header, extended-640x480.jpg is a SOF1 JPEG).
/// </summary>
internal static class TestImages
{
    public static string Assets { get; } = Path.Combine(Repository.Root, "tests", "KlingGenerated.Tests", "Images", "Assets");

    public static string Asset(string name) => Path.Combine(Assets, name);

    /// <summary>A real RGB PNG of the given size, with an optional private chunk to make it larger.</summary>
    public static byte[] Png(int width, int height, int padding = 0)
    {
        using var file = new MemoryStream();
        file.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // RGB
        Chunk(file, "IHDR", header);
        if (padding > 0)
        {
            Chunk(file, "prVt", new byte[padding]); // an ancillary private chunk: viewers skip it
        }

        using (var pixels = new MemoryStream())
        {
            using (var zlib = new ZLibStream(pixels, CompressionLevel.Fastest, leaveOpen: true))
            {
                var row = new byte[1 + width * 3];
                for (var y = 0; y < height; y++)
                {
                    for (var x = 0; x < width; x++)
                    {
                        row[1 + x * 3] = (byte)x;
                        row[2 + x * 3] = (byte)y;
                        row[3 + x * 3] = 128;
                    }

                    zlib.Write(row);
                }
            }

            Chunk(file, "IDAT", pixels.ToArray());
        }

        Chunk(file, "IEND", []);
        return file.ToArray();
    }

    public static string WritePng(string directory, string name, int width, int height, int padding = 0)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllBytes(path, Png(width, height, padding));
        return path;
    }

    private static void Chunk(Stream file, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        file.Write(number);
        var typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        file.Write(typeBytes);
        file.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32([.. typeBytes, .. data]));
        file.Write(number);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}

/// <summary>A temporary folder for one test class, deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("kling-images-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

/// <summary>Counts the bytes read through it, to show how little of a file a header read touches.</summary>
internal sealed class CountingStream(Stream inner) : Stream
{
    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => inner.CanSeek;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position { get => inner.Position; set => inner.Position = value; }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

    public override int ReadByte()
    {
        var value = inner.ReadByte();
        BytesRead += value < 0 ? 0 : 1;
        return value;
    }

    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

    public override void Flush() => inner.Flush();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Count(int read)
    {
        BytesRead += read;
        return read;
    }
}
