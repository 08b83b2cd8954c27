using System.Diagnostics;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using KlingGenerated.Testing;

namespace KlingGenerated.Benchmarks;

/// <summary>
/// Start to first answered request: the Java WireMock jar the sandbox used to start (same JVM flags,
/// the contract mappings in its root) against WireMock.Net in this process, bare with the contract and
/// as the whole sandbox. Each first request is the same: a query without a key, answered 401 by the
/// contract's mapping. The jar is found through KLING_WIREMOCK_JAR, its mappings through KLING_JAVA_MAPPINGS.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 1, warmupCount: 1, iterationCount: 10)]
public partial class SandboxStartBenchmarks
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };

    [Benchmark(Baseline = true)]
    public async Task<int> JavaWireMockJar()
    {
        using var java = JavaWireMock.Start();
        var status = await FirstAnswerAsync(new Uri($"http://127.0.0.1:{java.Port}/"), retry: true);
        java.Stop();
        return status;
    }

    [Benchmark]
    public async Task<int> InProcessContract()
    {
        using var server = KlingWireMock.Start().AddKlingContract();
        return await FirstAnswerAsync(server.BaseUri(), retry: false);
    }

    [Benchmark]
    public async Task<int> InProcessSandbox()
    {
        await using var sandbox = await KlingSandbox.StartAsync();
        return await FirstAnswerAsync(sandbox.BaseUri, retry: false);
    }

    internal static async Task<int> FirstAnswerAsync(Uri baseUri, bool retry)
    {
        while (true)
        {
            try
            {
                using var response = await Http.GetAsync(new Uri(baseUri, "kling/v1/videos/image2video/861309198188019719"));
                return (int)response.StatusCode == 401 ? 401 : throw new InvalidOperationException($"Expected the contract's 401, got {(int)response.StatusCode}.");
            }
            catch (HttpRequestException) when (retry)
            {
                // The JVM prints its port before it accepts connections: poll, as the old sandbox did.
                await Task.Delay(20);
            }
        }
    }

    /// <summary>The jar, started as the old sandbox started it, on a copy of the contract mappings in WireMock's own format.</summary>
    internal sealed partial class JavaWireMock : IDisposable
    {
        private readonly Process _process;

        private JavaWireMock(Process process, int port) => (_process, Port) = (process, port);

        public int Port { get; }

        public int ProcessId => _process.Id;

        [GeneratedRegex(@"^port:\s+(\d+)\s*$")]
        private static partial Regex PortLine();

        public static JavaWireMock Start()
        {
            var jar = Environment.GetEnvironmentVariable("KLING_WIREMOCK_JAR") ?? throw new InvalidOperationException("Set KLING_WIREMOCK_JAR to the WireMock standalone jar.");
            var mappings = Environment.GetEnvironmentVariable("KLING_JAVA_MAPPINGS") ?? throw new InvalidOperationException("Set KLING_JAVA_MAPPINGS to a folder of the contract's mappings in WireMock's JSON.");
            var start = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[]
            {
                "-Xss512k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-jar", jar,
                "--port", "0", "--bind-address", "127.0.0.1", "--root-dir", mappings, "--disable-banner",
                "--async-response-enabled=true", "--max-request-journal-entries", "20000",
            })
            {
                start.ArgumentList.Add(argument);
            }

            var process = Process.Start(start)!;
            _ = process.StandardError.ReadToEndAsync();
            while (process.StandardOutput.ReadLine() is { } line)
            {
                if (PortLine().Match(line) is { Success: true } match)
                {
                    _ = process.StandardOutput.ReadToEndAsync();
                    return new JavaWireMock(process, int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
                }
            }

            throw new InvalidOperationException("WireMock exited before printing its port.");
        }

        /// <summary>The JVM's peak resident memory, from /proc.</summary>
        public long PeakResidentBytes() => SandboxMemory.StatusKilobytes(_process.Id, "VmHWM:") * 1024;

        public void Stop()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }
        }

        public void Dispose()
        {
            Stop();
            _process.Dispose();
        }
    }
}
