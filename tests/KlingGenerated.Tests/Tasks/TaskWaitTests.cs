using System.Diagnostics;
using KlingGenerated.Testing;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;
using WireMock.ResponseBuilders;

namespace KlingGenerated.Tests.Tasks;

[Collection(WireMockCollection.Name)]
public sealed class TaskWaitTests(WireMockFixture fixture) : TaskTestBase(fixture)
{
    private static readonly ImageToVideoRequest Request = new() { Image = KlingImage.FromUrl("https://example.com/cat.png"), Prompt = "The cat blinks." };

    [Fact]
    public async Task ImageToVideoAsync_SubmittedProcessingSucceed_ReturnsVideoAfterOneGetPerState()
    {
        new TaskScenario(VideoPath)
            .Then("submitted").Then("processing").Then("processing").Then("succeed", result: TaskScenario.Video())
            .Load(Server);
        var client = CreateClient();
        var progress = new Recorder();

        var task = (await ClockDriver.RunAsync(Clock, () => client.ImageToVideoAsync(WaitUntil.Completed, Request, Fixed(), progress))).Value;

        Assert.Equal(new Uri("https://cdn.example/v.mp4"), Assert.Single(task.Videos).Url);
        Assert.Equal(1, Server.CountRequests("POST", "/kling/v1/videos/image2video"));
        Assert.Equal(4, await CountGetsAsync(VideoPath));
        // The create's own "submitted" is reported first, then each change once, never a repeat.
        Assert.Equal([KlingTaskStatus.Submitted, KlingTaskStatus.Processing, KlingTaskStatus.Succeeded], progress.Reports.Select(r => r.Status));
        Assert.Equal([TimeSpan.Zero, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(5)], progress.Reports.Select(r => Whole(r.Elapsed)));
        Assert.Equal([0, 2, 4], progress.Reports.Select(r => r.Polls));
        Assert.All(progress.Reports, r => Assert.Equal(TaskIds.Video, r.TaskId));
    }

    [Fact]
    public async Task WaitForCompletionAsync_StatusChanges_LoggedAtInformationWithoutKey()
    {
        new TaskScenario(VideoPath).Then("processing").Then("succeed", result: TaskScenario.Video()).Load(Server);
        var client = CreateClient();

        await ClockDriver.RunAsync(Clock, () => client.GetTaskOperation(KlingRoute.ImageToVideo, TaskIds.Video).WaitForCompletionAsync());

        var changes = Log.Collector.GetSnapshot().Where(e => e.Level == LogLevel.Information).Select(e => e.Message).ToList();
        Assert.Equal(2, changes.Count);
        Assert.Contains("is now Processing", changes[0]);
        Assert.Contains("is now Succeeded", changes[1]);
        Assert.DoesNotContain(Log.Collector.GetSnapshot(), e => $"{e.Message} {e.Exception}" is var text && (text.Contains(WireMockFixture.TestKey, StringComparison.Ordinal) || text.Contains("Bearer", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task WaitForCompletionAsync_EachPoll_IsAnActivity()
    {
        var taskId = "activity-" + Guid.NewGuid().ToString("N");
        var path = "/kling/v1/videos/image2video/" + taskId;
        new TaskScenario(path).Then("processing", taskId).Then("processing", taskId).Then("succeed", taskId, TaskScenario.Video()).Load(Server);
        var polls = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == KlingDiagnostics.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => { if (Equals(a.GetTagItem("kling.task_id"), taskId)) { lock (polls) { polls.Add(a); } } },
        };
        ActivitySource.AddActivityListener(listener);

        await ClockDriver.RunAsync(Clock, () => CreateClient().GetTaskOperation(KlingRoute.ImageToVideo, taskId).WaitForCompletionAsync());

        lock (polls)
        {
            Assert.Equal(3, polls.Count);
            Assert.Equal(["Processing", "Processing", "Succeeded"], polls.Select(a => (string?)a.GetTagItem("kling.task_status")));
            Assert.All(polls, a => Assert.Equal("videos/image2video", a.GetTagItem("kling.route")));
        }
    }

    [Fact]
    public async Task WaitForCompletionAsync_TaskFails_ThrowsWithStatusMessageAndTaskId()
    {
        new TaskScenario(VideoPath)
            .Then("processing").Then("failed", statusMessage: "Failure to pass the risk control system")
            .Load(Server);
        var operation = CreateClient().GetTaskOperation(KlingRoute.ImageToVideo, TaskIds.Video);

        var failed = await Assert.ThrowsAsync<KlingTaskFailedException>(() => ClockDriver.RunAsync(Clock, () => operation.WaitForCompletionAsync()));

        Assert.Equal(TaskIds.Video, failed.TaskId);
        Assert.Equal("Failure to pass the risk control system", failed.StatusMessage);
        Assert.Contains("risk control", failed.Message);
        Assert.True(operation.HasCompleted);
        Assert.False(operation.HasValue);
        Assert.Throws<KlingTaskFailedException>(() => operation.Value);
        Assert.Equal(2, await CountGetsAsync(VideoPath));
    }

    [Fact]
    public async Task WaitForCompletionAsync_TaskFailsQuotingTheClientsKey_KeyIsRedacted()
    {
        const string key = "plainkey-ABCDEFGH12345678";
        new TaskScenario(VideoPath).Then("failed", statusMessage: "bad key " + key).Load(Server);
        var http = new HttpClient { BaseAddress = Server.BaseUri() };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        using var client = new KlingClient(http) { TimeProvider = Clock, Logger = Log, WaitOptions = Fixed(), Secrets = new KnownSecrets([key]) };

        var failed = await Assert.ThrowsAsync<KlingTaskFailedException>(() => ClockDriver.RunAsync(Clock, () => client.GetTaskOperation(KlingRoute.ImageToVideo, TaskIds.Video).WaitForCompletionAsync()));

        Assert.Equal("bad key [REDACTED]", failed.StatusMessage);
        Assert.DoesNotContain(key, failed.Message, StringComparison.Ordinal);
        Assert.Equal("bad key " + key, new KlingTaskFailedException(TaskIds.Video, KlingRoute.ImageToVideo, failed.Task!).StatusMessage);
    }

    [Fact]
    public async Task WaitForCompletionAsync_SucceedWithoutUrl_ThrowsResultMissing()
    {
        new TaskScenario(VideoPath).Then("succeed", result: new JObject { ["videos"] = new JArray() }).Load(Server);

        var missing = await Assert.ThrowsAsync<KlingTaskResultMissingException>(
            () => ClockDriver.RunAsync(Clock, () => CreateClient().GetTaskOperation(KlingRoute.ImageToVideo, TaskIds.Video).WaitForCompletionAsync()));

        Assert.Equal(TaskIds.Video, missing.TaskId);
        Assert.Contains("no video URL", missing.Message);
    }

    [Fact]
    public async Task WaitForCompletionAsync_UnknownStatus_KeepsWaiting()
    {
        new TaskScenario(VideoPath)
            .Then("queued_for_review").Then("queued_for_review").Then("succeed", result: TaskScenario.Video())
            .Load(Server);
        var progress = new Recorder();

        var task = await ClockDriver.RunAsync(Clock, () => CreateClient().GetTaskOperation(KlingRoute.ImageToVideo, TaskIds.Video).WaitForCompletionAsync(options: null, progress: progress));

        Assert.Equal(KlingTaskStatus.Succeeded, task.Status);
        Assert.Equal([KlingTaskStatus.Unknown, KlingTaskStatus.Succeeded], progress.Reports.Select(r => r.Status));
        Assert.Equal(3, await CountGetsAsync(VideoPath));
    }

    [Fact]
    public async Task WaitForCompletionAsync_NeverEnds_TimesOutWithTaskIdAndResumableToken()
    {
        new TaskScenario(VideoPath).Then("processing").Load(Server);
        var client = CreateClient();
        var options = Fixed(initialSeconds: 10, intervalSeconds: 10, timeoutSeconds: 60);

        var timeout = await Assert.ThrowsAsync<KlingTaskTimeoutException>(
            () => ClockDriver.RunAsync(Clock, () => client.GetTaskOperation(KlingRoute.ImageToVideo, TaskIds.Video).WaitForCompletionAsync(options)));

        Assert.Equal(TaskIds.Video, timeout.TaskId);
        Assert.Equal(KlingTaskStatus.Processing, timeout.LastStatus);
        Assert.Equal(TimeSpan.FromSeconds(60), timeout.Timeout);
        Assert.Contains(TaskIds.Video, timeout.Message);
        // Queries at 10, 20, ... 60 s: the last one at the deadline itself.
        Assert.Equal(6, await CountGetsAsync(VideoPath));
        var resumed = client.RehydrateTaskOperation(timeout.RehydrationToken);
        Assert.Equal((TaskIds.Video, KlingRoute.ImageToVideo), (resumed.Id, resumed.Route));
    }

    [Fact]
    public async Task WaitForCompletionAsync_DeadlineBetweenPolls_LastQueryAtTheDeadline()
    {
        new TaskScenario(VideoPath).Then("processing").Then("processing").Then("succeed", result: TaskScenario.Video()).Load(Server);
        var options = Fixed(initialSeconds: 10, intervalSeconds: 50, timeoutSeconds: 30);

        // Queries at 10 s, then at the 30 s deadline instead of 60 s; the task is still running at both.
        await Assert.ThrowsAsync<KlingTaskTimeoutException>(
            () => ClockDriver.RunAsync(Clock, () => CreateClient().GetTaskOperation(KlingRoute.ImageToVideo, TaskIds.Video).WaitForCompletionAsync(options)));

        Assert.Equal(2, await CountGetsAsync(VideoPath));
        Assert.InRange(Clock.GetUtcNow() - Clock.Start, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(31));
    }

    [Fact]
    public async Task WaitForCompletionAsync_Cancelled_StopsWithoutTouchingTheTask()
    {
        new TaskScenario(VideoPath).Then("submitted").Then("processing").Load(Server);
        using var cancel = new CancellationTokenSource();
        var progress = new Recorder(r => { if (r.Status == KlingTaskStatus.Processing) { cancel.Cancel(); } });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => ClockDriver.RunAsync(Clock, () => CreateClient().GetTaskOperation(KlingRoute.ImageToVideo, TaskIds.Video).WaitForCompletionAsync(options: null, progress: progress, cancellationToken: cancel.Token)));

        var requests = Server.ReceivedRequests();
        Assert.Equal(2, requests.Count);
        Assert.All(requests, r => Assert.Equal(("GET", VideoPath), (r.Method, r.Path)));
    }

    [Fact]
    public async Task WaitForCompletionAsync_RetryAfterOnRateLimit_WaitsAsLongAsAsked()
    {
        new TaskScenario(VideoPath)
            .ThenRespond(() => Response.Create()
                .WithStatusCode(429)
                .WithHeader("Content-Type", "application/json")
                .WithHeader("Retry-After", "7")
                .WithBody("""{"code":1302,"message":"rate limit","request_id":"r"}"""))
            .Then("succeed", result: TaskScenario.Video())
            .Load(Server);
        var progress = new Recorder();

        await ClockDriver.RunAsync(Clock, () => CreateClient().GetTaskOperation(KlingRoute.ImageToVideo, TaskIds.Video).WaitForCompletionAsync(Fixed(initialSeconds: 2, intervalSeconds: 1), progress));

        // Without the header the second query would come 1 s after the first, at 3 s.
        Assert.InRange(Assert.Single(progress.Reports).Elapsed, TimeSpan.FromSeconds(9), TimeSpan.FromSeconds(9.5));
        Assert.Equal(2, await CountGetsAsync(VideoPath));
    }

    [Fact]
    public async Task WaitForCompletionAsync_RetryAfterOnSuccessfulQuery_WaitsAsLongAsAsked()
    {
        new TaskScenario(VideoPath)
            .Then("processing", headers: new Dictionary<string, string> { ["Retry-After"] = "12" })
            .Then("succeed", result: TaskScenario.Video())
            .Load(Server);
        var progress = new Recorder();

        await ClockDriver.RunAsync(Clock, () => CreateClient().GetTaskOperation(KlingRoute.ImageToVideo, TaskIds.Video).WaitForCompletionAsync(Fixed(initialSeconds: 2, intervalSeconds: 1), progress));

        Assert.InRange(progress.Reports[^1].Elapsed, TimeSpan.FromSeconds(14), TimeSpan.FromSeconds(14.5));
    }

    [Fact]
    public async Task WaitForCompletionAsync_TransientQueryErrors_KeepWaiting()
    {
        new TaskScenario(VideoPath)
            .ThenRespond(() => Response.Create().WithStatusCode(503).WithBody("""{"code":5001,"message":"maintenance"}"""))
            .ThenRespond(() => Response.Create().WithTransportFault(SandboxFault.ConnectionReset))
            .ThenRespond(() => Response.Create().WithStatusCode(502).WithHeader("Content-Type", "text/html").WithBody("<html>Bad gateway</html>"))
            .Then("succeed", result: TaskScenario.Video())
            .Load(Server);

        var task = await ClockDriver.RunAsync(Clock, () => CreateClient().GetTaskOperation(KlingRoute.ImageToVideo, TaskIds.Video).WaitForCompletionAsync());

        Assert.Single(task.Videos);
        Assert.Equal(4, await CountGetsAsync(VideoPath));
        Assert.Equal(3, Log.Collector.GetSnapshot().Count(e => e.Level == LogLevel.Warning));
    }

    [Fact]
    public async Task WaitForCompletionAsync_TaskNotFound_StopsAtOnce()
    {
        new TaskScenario(VideoPath)
            .ThenRespond(() => Response.Create().WithStatusCode(404).WithBody("""{"code":1203,"message":"task not found"}"""))
            .Load(Server);

        var refused = await Assert.ThrowsAsync<KlingApiException<ErrorResponse>>(
            () => ClockDriver.RunAsync(Clock, () => CreateClient().GetTaskOperation(KlingRoute.ImageToVideo, TaskIds.Video).WaitForCompletionAsync()));

        Assert.Equal(1203, refused.KlingCode);
        Assert.Equal(1, await CountGetsAsync(VideoPath));
    }

    private static TimeSpan Whole(TimeSpan elapsed) => TimeSpan.FromSeconds(Math.Floor(elapsed.TotalSeconds));
}
