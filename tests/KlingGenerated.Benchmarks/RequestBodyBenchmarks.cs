using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Newtonsoft.Json;

namespace KlingGenerated.Benchmarks;

/// <summary>
/// A multi-image-to-video create with 4 images of 10 MB each, from files, sent to a loopback server
/// that discards the body: the naive way (every image read, Base64-encoded and serialized into one
/// string) against KlingClient, which streams each file's Base64 into the request body.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class RequestBodyBenchmarks
{
    private const int ImageCount = 4;
    private const string Prompt = "The astronauts got up and left.";

    private string _folder = null!;
    private string[] _paths = null!;
    private LoopbackSink _sink = null!;
    private HttpClient _http = null!;
    private KlingClient _kling = null!;

    /// <summary>The Base64 of the four images: the bulk of the JSON body, which the Alloc/Payload column divides by.</summary>
    public static long PayloadBytes => ImageCount * ((KlingImageRules.MaxBytes + 2) / 3 * 4);

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("kling-bench-").FullName;
        _paths = [.. Enumerable.Range(1, ImageCount).Select(i => Path.Combine(_folder, $"image-{i}.png"))];
        foreach (var path in _paths)
        {
            BenchmarkImages.WritePng(path, KlingImageRules.MaxBytes);
        }

        _sink = new LoopbackSink();
        _http = new HttpClient { BaseAddress = _sink.BaseUri };
        _kling = new KlingClient(_http);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        Console.WriteLine($"// Last request body: {_sink.LastBodyLength:N0} bytes; images' Base64: {PayloadBytes:N0} bytes.");
        _http.Dispose();
        await _sink.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "Naive: ReadAllBytes + SerializeObject (Base64 in the JSON) + StringContent")]
    public async Task<int> Naive()
    {
        var request = new MultiImageToVideoRequest
        {
            ImageList = [.. _paths.Select(path => new ImageListItem { Image = KlingImage.FromBytes(File.ReadAllBytes(path)) })],
            Prompt = Prompt,
        };
        var json = JsonConvert.SerializeObject(request);
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync("kling/v1/videos/multi-image2video", content);
        return (int)response.StatusCode;
    }

    [Benchmark(Description = "KlingClient: KlingImage.FromFile, Base64 streamed")]
    public async Task<string?> KlingClientStreamed()
    {
        var created = await _kling.CreateMultiImageToVideoTaskAsync(
            new MultiImageToVideoRequest { ImageList = [.. _paths.Select(p => new ImageListItem { Image = KlingImage.FromFile(p) })], Prompt = Prompt });
        return created.Data?.TaskId;
    }

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new AllocatedPerPayloadColumn());
    }
}
