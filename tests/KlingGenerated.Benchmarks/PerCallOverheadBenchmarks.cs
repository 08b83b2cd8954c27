using System.Net.Http.Headers;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;

namespace KlingGenerated.Benchmarks;

/// <summary>
/// The cost of the whole client (generated code, diagnostics, the standard resilience pipeline, body
/// buffering and scanning, authentication) over what a user would otherwise write: an HttpClient from
/// IHttpClientFactory with Microsoft's AddStandardResilienceHandler, plus JsonConvert, calling the same
/// loopback server. Goal: at most 1.10x the time and 1.25x the allocations of that baseline.
/// </summary>
/// <remarks>
/// Both sides read the same JSON from the same server, and read the body the same way (buffered, then
/// as a string). The server runs in its own process, so the allocations are the client's alone. Queries
/// and creates are grouped apart, each with its own hand-written baseline. A bare HttpClient + JsonConvert
/// call (no resilience) stays beside it, so the price of the standard pipeline itself reads as a ratio too.
/// </remarks>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class PerCallOverheadBenchmarks
{
    private const string Key = "sk-benchmark-0123456789";
    private LoopbackServerProcess _server = null!;
    private HttpClient _http = null!;
    private ServiceProvider _services = null!;
    private HttpClient _resilientHttp = null!;
    private KlingClient _client = null!;
    private KlingClient _generatedOnly = null!;
    private KlingClient _withoutResilience = null!;

    [GlobalSetup]
    public void Setup()
    {
        _server = new LoopbackServerProcess();
        _http = new HttpClient(new SocketsHttpHandler()) { BaseAddress = _server.BaseUri };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        var services = new ServiceCollection();
        services.AddHttpClient("x", http =>
            {
                http.BaseAddress = _server.BaseUri;
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
            })
            .AddStandardResilienceHandler();
        _services = services.BuildServiceProvider();
        _resilientHttp = _services.GetRequiredService<IHttpClientFactory>().CreateClient("x");
        _client = new KlingClient(new KlingClientOptions { ApiKey = Key, BaseUrl = _server.BaseUri });
        _generatedOnly = new KlingClient(_http);
        _withoutResilience = new KlingClient(new KlingClientOptions { ApiKey = Key, BaseUrl = _server.BaseUri, Resilience = new KlingResilienceOptions { Enabled = false } });
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _resilientHttp.Dispose();
        _services.Dispose();
        _http.Dispose();
        _server.Dispose();
    }

    [BenchmarkCategory("query")]
    [Benchmark(Baseline = true, Description = "query: HttpClient + standard resilience + JsonConvert")]
    public Task<string?> HandWrittenResilientQuery() => HandWrittenQuery(_resilientHttp);

    [BenchmarkCategory("query")]
    [Benchmark(Description = "query: bare HttpClient + JsonConvert")]
    public Task<string?> HandWrittenBareQuery() => HandWrittenQuery(_http);

    private static async Task<string?> HandWrittenQuery(HttpClient http)
    {
        using var response = await http.GetAsync("kling/v1/videos/image2video/task-1");
        response.EnsureSuccessStatusCode();
        var task = JsonConvert.DeserializeObject<TaskResponse>(await response.Content.ReadAsStringAsync());
        return task is { Code: 0 } ? task.Data!.TaskStatus : throw new InvalidOperationException("refused");
    }

    [BenchmarkCategory("query")]
    [Benchmark(Description = "query: KlingClient, resilience on")]
    public async Task<string?> KlingClientQuery() => (await _client.GetImageToVideoTaskAsync("task-1")).Data!.TaskStatus;

    [BenchmarkCategory("query")]
    [Benchmark(Description = "query: generated client on a plain HttpClient")]
    public async Task<string?> GeneratedOnlyQuery() => (await _generatedOnly.GetImageToVideoTaskAsync("task-1")).Data!.TaskStatus;

    [BenchmarkCategory("query")]
    [Benchmark(Description = "query: KlingClient, resilience off")]
    public async Task<string?> WithoutResilienceQuery() => (await _withoutResilience.GetImageToVideoTaskAsync("task-1")).Data!.TaskStatus;

    [BenchmarkCategory("create")]
    [Benchmark(Baseline = true, Description = "create: HttpClient + standard resilience + JsonConvert")]
    public Task<string?> HandWrittenResilientCreate() => HandWrittenCreate(_resilientHttp);

    [BenchmarkCategory("create")]
    [Benchmark(Description = "create: bare HttpClient + JsonConvert")]
    public Task<string?> HandWrittenBareCreate() => HandWrittenCreate(_http);

    private static async Task<string?> HandWrittenCreate(HttpClient http)
    {
        var body = new ImageToVideoRequest { Image = KlingImage.FromUrl("https://example.com/cat.png"), Prompt = "blink", ExternalTaskId = Guid.NewGuid().ToString("N") };
        using var content = new StringContent(JsonConvert.SerializeObject(body), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync("kling/v1/videos/image2video", content);
        response.EnsureSuccessStatusCode();
        var task = JsonConvert.DeserializeObject<TaskResponse>(await response.Content.ReadAsStringAsync());
        return task is { Code: 0 } ? task.Data!.TaskId : throw new InvalidOperationException("refused");
    }

    [BenchmarkCategory("create")]
    [Benchmark(Description = "create: KlingClient, resilience on")]
    public async Task<string?> KlingClientCreate() =>
        (await _client.CreateImageToVideoTaskAsync(new ImageToVideoRequest { Image = KlingImage.FromUrl("https://example.com/cat.png"), Prompt = "blink" })).Data!.TaskId;

    [BenchmarkCategory("create")]
    [Benchmark(Description = "create: generated client on a plain HttpClient")]
    public async Task<string?> GeneratedOnlyCreate() =>
        (await _generatedOnly.CreateImageToVideoTaskAsync(new ImageToVideoRequest { Image = KlingImage.FromUrl("https://example.com/cat.png"), Prompt = "blink" })).Data!.TaskId;

    [BenchmarkCategory("create")]
    [Benchmark(Description = "create: KlingClient, resilience off")]
    public async Task<string?> WithoutResilienceCreate() =>
        (await _withoutResilience.CreateImageToVideoTaskAsync(new ImageToVideoRequest { Image = KlingImage.FromUrl("https://example.com/cat.png"), Prompt = "blink" })).Data!.TaskId;
}
