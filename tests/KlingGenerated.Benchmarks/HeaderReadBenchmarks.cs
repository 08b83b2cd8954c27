using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using KlingGenerated.TestSupport;

namespace KlingGenerated.Benchmarks;

/// <summary>
/// Reading the width and height of a 10 MB image: File.ReadAllBytes (what a naive check needs)
/// against the client's header reader, which reads PNG's IHDR or walks a JPEG's segments to its
/// SOF, seeking past the 64 KB EXIF. Each method returns the bytes it read; the BytesRead column shows them.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class HeaderReadBenchmarks
{
    private string _folder = null!;
    private string _path = null!;

    [Params("png", "jpeg")]
    public string Format { get; set; } = "png";

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("kling-bench-").FullName;
        _path = Path.Combine(_folder, "ten-megabytes." + Format);
        if (Format == "png")
        {
            BenchmarkImages.WritePng(_path, KlingImageRules.MaxBytes);
        }
        else
        {
            BenchmarkImages.WriteJpeg(_path, KlingImageRules.MaxBytes);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Baseline = true)]
    public long ReadAllBytes() => File.ReadAllBytes(_path).LongLength;

    [Benchmark]
    public long ReadHeader()
    {
        using var counting = new CountingStream(new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0));
        if (!ImageHeaderReader.TryRead(counting, out _, out var problem))
        {
            throw new InvalidOperationException(problem);
        }

        return counting.BytesRead;
    }

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new BytesReadColumn());
    }
}
