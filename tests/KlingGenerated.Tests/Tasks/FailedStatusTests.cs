using KlingGenerated.Testing;

namespace KlingGenerated.Tests.Tasks;

/// <summary>Statuses a caller adds to the ones that end a wait as failed (<see cref="KlingWaitOptions.FailedStatuses"/>).</summary>
[Collection(WireMockCollection.Name)]
public sealed class FailedStatusTests(WireMockFixture fixture) : TaskTestBase(fixture)
{
    [Theory]
    [InlineData("canceled")]
    [InlineData("EXPIRED")]
    [InlineData(" expired ")]
    public async Task Wait_ReachesAnAddedStatus_ThrowsFailedNamingIt(string status)
    {
        new TaskScenario(VideoPath).Then("processing").Then(status, statusMessage: "stopped by the gateway").Load(Server);
        var options = Fixed();
        options.FailedStatuses = ["canceled", "expired"];

        var failed = await Assert.ThrowsAsync<KlingTaskFailedException>(
            () => ClockDriver.RunAsync(Clock, () => CreateClient().GetTaskOperation(KlingRoute.ImageToVideo, TaskIds.Video).WaitForCompletionAsync(options)));

        Assert.Equal($"Kling task {TaskIds.Video} ended as {status.Trim()}: stopped by the gateway", failed.Message);
        Assert.Equal("stopped by the gateway", failed.StatusMessage);
        Assert.Equal(status, failed.Task!.TaskStatus);
        Assert.Equal(TaskIds.Video, failed.TaskId);
        Assert.Equal(2, await CountGetsAsync(VideoPath));
    }

    [Fact]
    public async Task Wait_AddedStatusFromTheClientDefaults_ThrowsWithoutAReason()
    {
        new TaskScenario(VideoPath).Then("canceled").Load(Server);
        var defaults = Fixed();
        defaults.FailedStatuses.Add("canceled");

        var failed = await Assert.ThrowsAsync<KlingTaskFailedException>(
            () => ClockDriver.RunAsync(Clock, () => CreateClient(defaults).GetTaskOperation(KlingRoute.ImageToVideo, TaskIds.Video).WaitForCompletionAsync()));

        Assert.Equal($"Kling task {TaskIds.Video} ended as canceled; the server gave no reason.", failed.Message);
        Assert.Null(failed.StatusMessage);
    }

    [Fact]
    public async Task Wait_StatusNotAdded_IsWaitedThrough()
    {
        new TaskScenario(VideoPath).Then("canceled").Then("succeed", result: TaskScenario.Video()).Load(Server);

        var task = await ClockDriver.RunAsync(Clock, () => CreateClient().GetTaskOperation(KlingRoute.ImageToVideo, TaskIds.Video).WaitForCompletionAsync());

        Assert.Equal(KlingTaskStatus.Succeeded, task.Status);
        Assert.Equal(2, await CountGetsAsync(VideoPath));
    }

    [Fact]
    public async Task Wait_KlingsOwnFailed_StillFails_WithItsUsualMessage()
    {
        new TaskScenario(VideoPath).Then("failed", statusMessage: "moderation").Load(Server);
        var options = Fixed();
        options.FailedStatuses = ["failed", "canceled"];

        var failed = await Assert.ThrowsAsync<KlingTaskFailedException>(
            () => ClockDriver.RunAsync(Clock, () => CreateClient().GetTaskOperation(KlingRoute.ImageToVideo, TaskIds.Video).WaitForCompletionAsync(options)));

        Assert.Equal($"Kling task {TaskIds.Video} failed: moderation", failed.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    [InlineData("succeed")]
    [InlineData("Processing")]
    [InlineData("submitted")]
    public async Task Wait_InvalidAddedStatus_RefusedNamingTheOption(string? status)
    {
        var options = new KlingWaitOptions { FailedStatuses = [status!] };
        var operation = new KlingClient(new HttpClient()).GetTaskOperation(KlingRoute.ImageToVideo, "t");

        var refused = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => operation.WaitForCompletionAsync(options, null));

        Assert.Equal(nameof(KlingWaitOptions.FailedStatuses), refused.ParamName);
        Assert.Contains("KlingWaitOptions.FailedStatuses", refused.Message);
    }

    [Fact]
    public async Task Wait_NullList_Refused()
    {
        var options = new KlingWaitOptions { FailedStatuses = null! };
        var operation = new KlingClient(new HttpClient()).GetTaskOperation(KlingRoute.ImageToVideo, "t");

        var refused = await Assert.ThrowsAsync<ArgumentNullException>(() => operation.WaitForCompletionAsync(options, null));

        Assert.Equal(nameof(KlingWaitOptions.FailedStatuses), refused.ParamName);
    }

    [Fact]
    public void Default_IsEmpty() => Assert.Empty(new KlingWaitOptions().FailedStatuses);
}
