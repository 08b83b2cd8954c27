using System.Buffers.Binary;
using System.IO.Compression;
using KlingGenerated.TestSupport;

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
        PngChunks.Write(file, "IHDR", header);
        if (padding > 0)
        {
            PngChunks.Write(file, "prVt", new byte[padding]); // an ancillary private chunk: viewers skip it
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

            PngChunks.Write(file, "IDAT", pixels.ToArray());
        }

        PngChunks.Write(file, "IEND", []);
        return file.ToArray();
    }

    public static string WritePng(string directory, string name, int width, int height, int padding = 0)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllBytes(path, Png(width, height, padding));
        return path;
    }
}

/// <summary>A temporary folder for one test class, deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("kling-images-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
