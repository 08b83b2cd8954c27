using System.Diagnostics;
using System.Net.Http.Headers;
using KlingGenerated.Testing;
using KlingGenerated.Tests.Resilience;
using WireMock.ResponseBuilders;

namespace KlingGenerated.Tests.Tasks;

/// <summary>
/// The wait's limit against a server that does not answer, on the real clock with limits of a few
/// hundred milliseconds: the query in progress and the pipeline's retries end with the wait.
/// </summary>
[Collection(WireMockCollection.Name)]
public sealed class WaitStallTests(WireMockFixture fixture) : IAsyncLifetime
{
    private const string VideoPath = "/kling/v1/videos/image2video/" + TaskIds.Video;

    // Far past every limit below: a query stalled this long shows the limit did not hold.
    private static readonly TimeSpan Stall = TimeSpan.FromSeconds(20);

    // The limit, its last query's grace (a quarter) and a generous allowance for a busy machine.
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(3);

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task WaitForCompletionAsync_QueryNeverAnswered_TimesOutAtTheLimit()
    {
        new TaskScenario(VideoPath).ThenRespond(Stalled).Load(fixture.Server);
        var clock = Stopwatch.StartNew();

        var timeout = await Assert.ThrowsAsync<KlingTaskTimeoutException>(() => PlainClient().GetTaskOperation(KlingRoute.ImageToVideo, TaskIds.Video).WaitForCompletionAsync(Limit(600)));

        Assert.True(clock.Elapsed < Prompt, $"The wait ended after {clock.Elapsed}.");
        Assert.Equal(TaskIds.Video, timeout.TaskId);
        Assert.False(string.IsNullOrEmpty(timeout.RehydrationToken));
        Assert.IsType<TimeoutException>(timeout.InnerException);
    }

    [Fact]
    public async Task WaitForCompletionAsync_QueryAnsweredAByteAtATime_TimesOutAtTheLimit()
    {
        new TaskScenario(VideoPath).ThenRespond(Dripped).Load(fixture.Server);
        var clock = Stopwatch.StartNew();

        var timeout = await Assert.ThrowsAsync<KlingTaskTimeoutException>(() => PlainClient().GetTaskOperation(KlingRoute.ImageToVideo, TaskIds.Video).WaitForCompletionAsync(Limit(600)));

        Assert.True(clock.Elapsed < Prompt, $"The wait ended after {clock.Elapsed}.");
        Assert.Equal(TaskIds.Video, timeout.TaskId);
    }

    [Fact]
    public async Task Cli_TaskWaitWithTimeout_QueryAnsweredAByteAtATime_ExitsTimedOutWithTheResumeCommand()
    {
        new TaskScenario(VideoPath).ThenRespond(Dripped).Load(fixture.Server);
        using var cli = new Cli.CliRun();
        var clock = Stopwatch.StartNew();

        var code = await cli.RunAsync("task", "wait", "image2video", TaskIds.Video, "--timeout", "1", "--poll-interval", "0.05",
            "--base-url", fixture.BaseUri.ToString(), "--api-key", WireMockFixture.TestKey);

        Assert.True(clock.Elapsed < Prompt + TimeSpan.FromSeconds(2), $"The command ended after {clock.Elapsed}.");
        Assert.True(code == 5, cli.Error);
        Assert.Contains($"kling task wait image2video {TaskIds.Video}", cli.Error);
    }

    [Fact]
    public async Task WaitForCompletionAsync_PipelineRetryingStalledQueries_TimesOutAtTheLimit()
    {
        new TaskScenario(VideoPath).ThenRespond(Stalled).Load(fixture.Server);
        var client = TestResilience.CreateClient(fixture, TestResilience.Fast(attemptTimeout: TimeSpan.FromMilliseconds(200)));
        var clock = Stopwatch.StartNew();

        // Each attempt times out, the pipeline retries, then gives up (TimeoutRejectedException), and the wait queries again.
        var timeout = await Assert.ThrowsAsync<KlingTaskTimeoutException>(() => client.GetTaskOperation(KlingRoute.ImageToVideo, TaskIds.Video).WaitForCompletionAsync(Limit(1500)));

        Assert.True(clock.Elapsed < Prompt + TimeSpan.FromSeconds(1), $"The wait ended after {clock.Elapsed}.");
        Assert.Equal(TaskIds.Video, timeout.TaskId);
        Assert.NotNull(timeout.InnerException);
    }

    [Fact]
    public async Task WaitForCompletionAsync_HttpClientTimeoutThenAnswer_Succeeds()
    {
        // WireMock moves the scenario on once the delayed answer is written, a second in; queries until then stall too.
        new TaskScenario(VideoPath).ThenRespond(() => Stalled().WithDelay(TimeSpan.FromSeconds(1))).Then("succeed", result: TaskScenario.Video()).Load(fixture.Server);

        var task = await PlainClient(TimeSpan.FromMilliseconds(300)).GetTaskOperation(KlingRoute.ImageToVideo, TaskIds.Video).WaitForCompletionAsync(Limit(5000));

        Assert.Single(task.Videos);
        Assert.True(fixture.Server.CountRequests("GET", VideoPath) >= 2);
    }

    [Fact]
    public async Task WaitForCompletionAsync_CancelledDuringAStalledQuery_IsCancellationNotTimeout()
    {
        new TaskScenario(VideoPath).ThenRespond(Stalled).Load(fixture.Server);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();

        var cancelled = await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => PlainClient().GetTaskOperation(KlingRoute.ImageToVideo, TaskIds.Video).WaitForCompletionAsync(Limit(30_000), cancellationToken: cancel.Token));

        Assert.True(clock.Elapsed < Prompt, $"The wait ended after {clock.Elapsed}.");
        Assert.Equal(cancel.Token, cancelled.CancellationToken);
    }

    private static IResponseBuilder Stalled() => Response.Create()
        .WithStatusCode(200)
        .WithHeader("Content-Type", "application/json")
        .WithBody("""{"code":0,"message":"SUCCEED","data":{"task_id":"861309198188019719","task_status":"processing"}}""")
        .WithDelay(Stall);

    /// <summary>The answer, a byte every 200 ms: never silent for long, and never done within any limit here.</summary>
    private static IResponseBuilder Dripped() => Response.Create()
        .WithStatusCode(200)
        .WithHeader("Content-Type", "application/json")
        .WithBody("""{"code":0,"message":"SUCCEED","data":{"task_id":"861309198188019719","task_status":"succeed"}}""")
        .WithBodyFault(KlingBodyFault.Drip(1, TimeSpan.FromMilliseconds(200)));

    private static KlingWaitOptions Limit(int milliseconds) => new()
    {
        InitialDelay = TimeSpan.Zero,
        PollInterval = TimeSpan.FromMilliseconds(50),
        MaxPollInterval = TimeSpan.FromMilliseconds(50),
        BackoffFactor = 1,
        Jitter = 0,
        Timeout = TimeSpan.FromMilliseconds(milliseconds),
    };

    /// <summary>No pipeline, HttpClient's own timeout (100 s unless given), the system clock.</summary>
    private KlingClient PlainClient(TimeSpan? httpTimeout = null)
    {
        var http = new HttpClient { BaseAddress = fixture.BaseUri, Timeout = httpTimeout ?? TimeSpan.FromSeconds(100) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", WireMockFixture.TestKey);
        return new KlingClient(http);
    }
}
