using KlingGenerated.Testing;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;
using WireMock.ResponseBuilders;

namespace KlingGenerated.Tests.Tasks;

/// <summary>
/// The wait's limit holds on the driven clock: failing queries are queried again until the limit, a
/// Retry-After beyond it is not slept through, and what ends the wait at the limit is always the timeout.
/// </summary>
[Collection(WireMockCollection.Name)]
public sealed class WaitLimitTests(WireMockFixture fixture) : TaskTestBase(fixture)
{
    private readonly WireMockFixture _fixture = fixture;

    [Fact]
    public async Task WaitForCompletionAsync_RetryAfterBeyondTheLimit_TimesOutAtTheLimitWithoutQueryingAgain()
    {
        new TaskScenario(VideoPath)
            .ThenRespond(() => RateLimited(retryAfter: "86400"))
            .Then("succeed", result: TaskScenario.Video())
            .Load(Server);
        var options = Fixed(initialSeconds: 2, intervalSeconds: 1, timeoutSeconds: 60);

        var timeout = await Assert.ThrowsAsync<KlingTaskTimeoutException>(
            () => ClockDriver.RunAsync(Clock, () => CreateClient().GetTaskOperation(KlingRoute.ImageToVideo, TaskIds.Video).WaitForCompletionAsync(options)));

        // The server asked for a day: the wait neither sleeps it nor queries at the deadline against its wish.
        Assert.Equal(1, await CountGetsAsync(VideoPath));
        Assert.InRange(Clock.GetUtcNow() - Clock.Start, TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(60.5));
        Assert.Equal(TaskIds.Video, timeout.TaskId);
        Assert.Equal(1302, Assert.IsAssignableFrom<KlingApiException>(timeout.InnerException).KlingCode);
        Assert.Contains(Log.Collector.GetSnapshot(), e => e.Message.Contains("beyond the wait's limit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WaitForCompletionAsync_RetryAfterBeyondTheLimitThroughThePipeline_TimesOutAtTheLimit()
    {
        // Whether the pipeline sleeps a day's Retry-After (cut off by the wait's limit) or hands the refusal
        // back at once, the wait ends at its limit, with no second query.
        new TaskScenario(VideoPath)
            .ThenRespond(() => RateLimited(retryAfter: "86400"))
            .Then("succeed", result: TaskScenario.Video())
            .Load(Server);
        var options = Fixed(initialSeconds: 2, intervalSeconds: 1, timeoutSeconds: 60);
        var client = PipelineClient(r => r.TotalRequestTimeout.Timeout = TimeSpan.FromMinutes(10));

        var timeout = await Assert.ThrowsAsync<KlingTaskTimeoutException>(
            () => ClockDriver.RunAsync(Clock, () => client.GetTaskOperation(KlingRoute.ImageToVideo, TaskIds.Video).WaitForCompletionAsync(options)));

        Assert.Equal(1, await CountGetsAsync(VideoPath));
        Assert.InRange(Clock.GetUtcNow() - Clock.Start, TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(62));
        Assert.Equal(TaskIds.Video, timeout.TaskId);
        Assert.NotNull(timeout.InnerException);
    }

    [Fact]
    public async Task WaitForCompletionAsync_UnreadableAnswerThenSuccess_KeepsWaiting()
    {
        new TaskScenario(VideoPath)
            .ThenRespond(() => Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{"code":0,"data":{"task_id":"""))
            .ThenRespond(() => Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/html").WithBody("<html>Welcome to the hotel wifi</html>"))
            .Then("succeed", result: TaskScenario.Video())
            .Load(Server);

        var task = await ClockDriver.RunAsync(Clock, () => CreateClient().GetTaskOperation(KlingRoute.ImageToVideo, TaskIds.Video).WaitForCompletionAsync());

        Assert.Single(task.Videos);
        Assert.Equal(3, await CountGetsAsync(VideoPath));
        Assert.Equal(2, Log.Collector.GetSnapshot().Count(e => e.Level == LogLevel.Warning));
    }

    [Fact]
    public async Task WaitForCompletionAsync_ApiStopsAnsweringThroughThePipeline_TimesOutAtTheLimit()
    {
        // Every query fails; the pipeline retries, then its circuit opens and refuses queries outright.
        new TaskScenario(VideoPath)
            .ThenRespond(() => Response.Create().WithStatusCode(503).WithHeader("Content-Type", "application/json").WithBody("""{"code":5001,"message":"maintenance"}"""))
            .ThenRespond(() => Response.Create().WithTransportFault(SandboxFault.ConnectionReset))
            .Load(Server);
        var options = Fixed(initialSeconds: 2, intervalSeconds: 1, timeoutSeconds: 60);
        var client = PipelineClient();

        var timeout = await Assert.ThrowsAsync<KlingTaskTimeoutException>(
            () => ClockDriver.RunAsync(Clock, () => client.GetTaskOperation(KlingRoute.ImageToVideo, TaskIds.Video).WaitForCompletionAsync(options)));

        Assert.Equal(TaskIds.Video, timeout.TaskId);
        Assert.Equal((TaskIds.Video, KlingRoute.ImageToVideo), RehydratedFrom(client, timeout));
        Assert.NotNull(timeout.InnerException);
        Assert.InRange(Clock.GetUtcNow() - Clock.Start, TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(61));
        Assert.Contains(PollFailures(), e => e.Exception is BrokenCircuitException);
        Assert.True(await CountGetsAsync(VideoPath) > 3);
    }

    [Fact]
    public async Task WaitForCompletionAsync_CircuitOpensThenApiRecovers_Succeeds()
    {
        new TaskScenario(VideoPath)
            .ThenRespond(() => Response.Create().WithStatusCode(500).WithHeader("Content-Type", "application/json").WithBody("""{"code":5000,"message":"internal"}"""))
            .ThenRespond(() => Response.Create().WithStatusCode(502).WithHeader("Content-Type", "text/html").WithBody("<html>Bad gateway</html>"))
            .ThenRespond(() => Response.Create().WithTransportFault(SandboxFault.ConnectionReset))
            .Then("processing")
            .Then("succeed", result: TaskScenario.Video())
            .Load(Server);
        var client = PipelineClient();

        var task = await ClockDriver.RunAsync(Clock, () => client.GetTaskOperation(KlingRoute.ImageToVideo, TaskIds.Video).WaitForCompletionAsync(Fixed(timeoutSeconds: 120)));

        Assert.Single(task.Videos);
        Assert.Contains(PollFailures(), e => e.Exception is BrokenCircuitException);
    }

    [Fact]
    public async Task WaitForCompletionAsync_AuthenticationRefused_StopsAtOnce()
    {
        new TaskScenario(VideoPath)
            .ThenRespond(() => Response.Create().WithStatusCode(401).WithHeader("Content-Type", "application/json").WithBody("""{"code":1000,"message":"authentication failed"}"""))
            .Load(Server);

        var refused = await Assert.ThrowsAnyAsync<KlingApiException>(
            () => ClockDriver.RunAsync(Clock, () => CreateClient().GetTaskOperation(KlingRoute.ImageToVideo, TaskIds.Video).WaitForCompletionAsync()));

        Assert.Equal(KlingErrorCategory.Authentication, refused.Category);
        Assert.Equal(1, await CountGetsAsync(VideoPath));
    }

    [Fact]
    public async Task WaitForCompletionAsync_SuccessWithoutATask_StopsAtOnce()
    {
        // What some gateways answer for an id they do not know: not an unreadable answer to query past.
        new TaskScenario(VideoPath)
            .ThenRespond(() => Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{"code":0,"message":"SUCCEED","data":null}"""))
            .Load(Server);

        var refused = await Assert.ThrowsAnyAsync<KlingApiException>(
            () => ClockDriver.RunAsync(Clock, () => CreateClient().GetTaskOperation(KlingRoute.ImageToVideo, TaskIds.Video).WaitForCompletionAsync()));

        Assert.Contains("carried no data", refused.Message);
        Assert.Equal(1, await CountGetsAsync(VideoPath));
    }

    [Fact]
    public async Task WaitForCompletionAsync_RetryAfterWithinTheLimit_StillQueriesAtTheDeadline()
    {
        new TaskScenario(VideoPath)
            .ThenRespond(() => RateLimited(retryAfter: "20"))
            .Then("processing")
            .Load(Server);
        var options = Fixed(initialSeconds: 10, intervalSeconds: 5, timeoutSeconds: 30);

        var timeout = await Assert.ThrowsAsync<KlingTaskTimeoutException>(
            () => ClockDriver.RunAsync(Clock, () => CreateClient().GetTaskOperation(KlingRoute.ImageToVideo, TaskIds.Video).WaitForCompletionAsync(options)));

        // At 10 s (refused, wait 20 s), then at the 30 s deadline.
        Assert.Equal(2, await CountGetsAsync(VideoPath));
        Assert.Equal(KlingTaskStatus.Processing, timeout.LastStatus);
        Assert.Null(timeout.InnerException);
    }

    private static IResponseBuilder RateLimited(string retryAfter) => Response.Create()
        .WithStatusCode(429)
        .WithHeader("Content-Type", "application/json")
        .WithHeader("Retry-After", retryAfter)
        .WithBody("""{"code":1302,"message":"rate limit","request_id":"r"}""");

    private static (string, KlingRoute) RehydratedFrom(KlingClient client, KlingTaskTimeoutException timeout)
    {
        var resumed = client.RehydrateTaskOperation(timeout.RehydrationToken);
        return (resumed.Id, resumed.Route);
    }

    private List<Microsoft.Extensions.Logging.Testing.FakeLogRecord> PollFailures() =>
        Log.Collector.GetSnapshot().Where(e => e.Id.Id == 4002).ToList();

    /// <summary>The client as scripts build it (standard pipeline), on the driven clock, with a circuit that opens after two failures.</summary>
    private KlingClient PipelineClient(Action<KlingResilienceOptions>? configure = null)
    {
        var resilience = Resilience.TestResilience.Fast();
        resilience.CircuitBreaker.MinimumThroughput = 2;
        resilience.CircuitBreaker.FailureRatio = 0.5;
        configure?.Invoke(resilience);
        return new KlingClient(new KlingClientOptions { ApiKey = WireMockFixture.TestKey, BaseUrl = _fixture.BaseUri, Resilience = resilience }, new LoggerFactoryOf(Log), Clock)
        {
            WaitOptions = Fixed(),
        };
    }

    /// <summary>Every logger of the factory writes to the one fake logger, so the test sees the pipeline's logs and the wait's.</summary>
    private sealed class LoggerFactoryOf(ILogger logger) : ILoggerFactory
    {
        public ILogger CreateLogger(string categoryName) => logger;

        public void AddProvider(ILoggerProvider provider)
        {
        }

        public void Dispose()
        {
        }
    }
}
