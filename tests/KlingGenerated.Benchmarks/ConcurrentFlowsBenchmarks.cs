using System.Net.Http.Headers;
using System.Text;
using BenchmarkDotNet.Attributes;
using Newtonsoft.Json;

namespace KlingGenerated.Benchmarks;

/// <summary>
/// 500 create-then-query-until-succeed flows at once against a loopback server that takes 20 ms per
/// answer and says succeed on a task's third query: 4 answers, so a flow cannot take less than
/// 4 x 20 ms plus its two 10 ms pauses (100 ms). The client's flows are its own create-and-wait
/// (<see cref="KlingClient.ImageToVideoAsync"/>) paced like the hand-written loop: a fixed 10 ms between queries.
/// </summary>
[MemoryDiagnoser]
public class ConcurrentFlowsBenchmarks
{
    private const int Flows = 500;
    private const string Key = "sk-benchmark-0123456789";
    private static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(10);
    private static readonly KlingWaitOptions FixedPolling = new()
    {
        InitialDelay = TimeSpan.Zero,
        PollInterval = PollInterval,
        MaxPollInterval = PollInterval,
        BackoffFactor = 1,
        Jitter = 0,
    };
    private LoopbackKlingServer _server = null!;
    private HttpClient _http = null!;
    private KlingClient _client = null!;

    [GlobalSetup]
    public void Setup()
    {
        _server = new LoopbackKlingServer(Latency);
        _http = new HttpClient(new SocketsHttpHandler()) { BaseAddress = _server.BaseUri };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        _client = new KlingClient(new KlingClientOptions { ApiKey = Key, BaseUrl = _server.BaseUri });
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        // Socket use over the whole run: connections are pooled and reused, not opened per call.
        Console.WriteLine($"// loopback server: {_server.RequestsServed} requests over {_server.ConnectionsAccepted} connections");
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "500 flows: HttpClient + JsonConvert")]
    public Task HandWrittenFlows() => RunAsync(HandWrittenFlowAsync);

    [Benchmark(Description = "500 flows: KlingClient, resilience on")]
    public Task KlingClientFlows() => RunAsync(KlingClientFlowAsync);

    private static async Task RunAsync(Func<Task<string>> flow)
    {
        var results = await Task.WhenAll(Enumerable.Range(0, Flows).Select(_ => Task.Run(flow)));
        if (results.Count(r => r == "succeed") != Flows)
        {
            throw new InvalidOperationException("Not every flow completed.");
        }
    }

    private async Task<string> KlingClientFlowAsync()
    {
        var task = (await _client.ImageToVideoAsync(WaitUntil.Completed, new ImageToVideoRequest { Image = KlingImage.FromUrl("https://example.com/cat.png"), Prompt = "blink" }, FixedPolling)).Value;
        return task.TaskStatus!;
    }

    private async Task<string> HandWrittenFlowAsync()
    {
        var body = new ImageToVideoRequest { Image = KlingImage.FromUrl("https://example.com/cat.png"), Prompt = "blink", ExternalTaskId = Guid.NewGuid().ToString("N") };
        using var content = new StringContent(JsonConvert.SerializeObject(body), Encoding.UTF8, "application/json");
        using var createResponse = await _http.PostAsync("kling/v1/videos/image2video", content);
        var created = JsonConvert.DeserializeObject<TaskResponse>(await createResponse.Content.ReadAsStringAsync())!;
        while (true)
        {
            using var response = await _http.GetAsync("kling/v1/videos/image2video/" + created.Data!.TaskId);
            var task = JsonConvert.DeserializeObject<TaskResponse>(await response.Content.ReadAsStringAsync())!;
            if (task.Data!.TaskStatus is "succeed" or "failed")
            {
                return task.Data.TaskStatus;
            }

            await Task.Delay(PollInterval);
        }
    }
}
