using System.Buffers.Binary;
using System.IO.Compression;
using KlingGenerated.TestSupport;

namespace KlingGenerated.Benchmarks;

/// <summary>Real image files of an exact size for the benchmarks, written once into a temp folder.</summary>
internal static class BenchmarkImages
{
    /// <summary>A valid 1200x900 PNG padded with a private ancillary chunk to exactly <paramref name="length"/> bytes.</summary>
    public static void WritePng(string path, long length)
    {
        using var file = File.Create(path);
        file.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, 1200);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), 900);
        header[8] = 8;
        header[9] = 2;
        PngChunks.Write(file, "IHDR", header);
        var pixels = Pixels(1200, 900);
        var padding = (int)(length - file.Length - 12 - (12 + pixels.Length) - 12);
        PngChunks.Write(file, "prVt", RandomBytes(padding));
        PngChunks.Write(file, "IDAT", pixels);
        PngChunks.Write(file, "IEND", []);
    }

    /// <summary>
    /// A JPEG laid out like a camera's: SOI, a 64 KB EXIF segment, quantization table, SOF0 (1200x900),
    /// Huffman table, SOS, then entropy-coded data (random bytes with 0xFF stuffed) up to <paramref name="length"/>.
    /// </summary>
    public static void WriteJpeg(string path, long length)
    {
        using var file = File.Create(path);
        file.Write([0xFF, 0xD8]);
        Segment(file, 0xE1, [.. "Exif\0\0"u8, .. RandomBytes(65000)]);
        Segment(file, 0xDB, [0x00, .. Enumerable.Repeat((byte)1, 64)]);
        Segment(file, 0xC0, [8, 0x03, 0x84, 0x04, 0xB0, 1, 1, 0x11, 0]); // 8-bit, height 900, width 1200, 1 component
        Segment(file, 0xC4, [0x00, 1, .. new byte[15], 0]);
        Segment(file, 0xDA, [1, 1, 0x00, 0, 63, 0]);
        var scan = RandomBytes((int)(length - file.Length - 2));
        for (var i = 0; i < scan.Length; i++)
        {
            scan[i] = scan[i] == 0xFF ? (byte)0xFE : scan[i];
        }

        file.Write(scan);
        file.Write([0xFF, 0xD9]);
    }

    private static byte[] Pixels(int width, int height)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            var row = new byte[1 + width * 3];
            for (var y = 0; y < height; y++)
            {
                for (var x = 1; x < row.Length; x++)
                {
                    row[x] = (byte)(x + y);
                }

                zlib.Write(row);
            }
        }

        return compressed.ToArray();
    }

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(42).NextBytes(bytes);
        return bytes;
    }

    private static void Segment(Stream file, byte marker, byte[] data)
    {
        file.Write([0xFF, marker, (byte)((data.Length + 2) >> 8), (byte)(data.Length + 2)]);
        file.Write(data);
    }
}
