using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using KlingGenerated.Testing;

namespace KlingGenerated.Benchmarks;

/// <summary>
/// Start to first answered request of WireMock.Net in this process: bare with the contract, and as the
/// whole sandbox. Each first request is the same: a query without a key, answered 401 by the contract's
/// mapping. (The Java WireMock jar these replaced was measured against both in the same run before it
/// was removed; the README gives the figures and the commit.)
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 1, warmupCount: 1, iterationCount: 10)]
public class SandboxStartBenchmarks
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };

    [Benchmark(Baseline = true)]
    public async Task<int> InProcessContract()
    {
        using var server = KlingWireMock.Start().AddKlingContract();
        return await FirstAnswerAsync(server.BaseUri());
    }

    [Benchmark]
    public async Task<int> InProcessSandbox()
    {
        await using var sandbox = await KlingSandbox.StartAsync();
        return await FirstAnswerAsync(sandbox.BaseUri);
    }

    private static async Task<int> FirstAnswerAsync(Uri baseUri)
    {
        using var response = await Http.GetAsync(new Uri(baseUri, "kling/v1/videos/image2video/861309198188019719"));
        return (int)response.StatusCode == 401 ? 401 : throw new InvalidOperationException($"Expected the contract's 401, got {(int)response.StatusCode}.");
    }
}
