using System.Net.Http.Headers;
using KlingGenerated.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using WireMock.Server;

namespace KlingGenerated.Tests.Tasks;

/// <summary>
/// A client on WireMock.Net with a driven fake clock and a fake logger, reset before each test.
/// </summary>
public abstract class TaskTestBase(WireMockFixture fixture) : IAsyncLifetime
{
    protected const string VideoPath = "/kling/v1/videos/image2video/" + TaskIds.Video;

    protected WireMockServer Server => fixture.Server;

    protected DrivenClock Clock { get; } = new();

    protected FakeLogger Log { get; } = new();

    /// <summary>Fixed, jitter-free timing, so the number of queries is exact.</summary>
    protected static KlingWaitOptions Fixed(int initialSeconds = 2, int intervalSeconds = 1, int timeoutSeconds = 600) => new()
    {
        InitialDelay = TimeSpan.FromSeconds(initialSeconds),
        PollInterval = TimeSpan.FromSeconds(intervalSeconds),
        MaxPollInterval = TimeSpan.FromSeconds(intervalSeconds),
        BackoffFactor = 1,
        Jitter = 0,
        Timeout = TimeSpan.FromSeconds(timeoutSeconds),
    };

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    protected KlingClient CreateClient(KlingWaitOptions? waitOptions = null)
    {
        var http = new HttpClient { BaseAddress = Server.BaseUri() };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", WireMockFixture.TestKey);
        return new KlingClient(http) { TimeProvider = Clock, Logger = Log, WaitOptions = waitOptions ?? Fixed() };
    }

    protected Task<int> CountGetsAsync(string path) => Task.FromResult(Server.CountRequests("GET", path));

    /// <summary>Reports synchronously, so a test sees every report before the wait goes on.</summary>
    protected sealed class Recorder(Action<KlingTaskProgress>? onReport = null) : IProgress<KlingTaskProgress>
    {
        private readonly List<KlingTaskProgress> _reports = [];

        public IReadOnlyList<KlingTaskProgress> Reports { get { lock (_reports) { return [.. _reports]; } } }

        public void Report(KlingTaskProgress value)
        {
            lock (_reports) { _reports.Add(value); }
            onReport?.Invoke(value);
        }
    }
}
