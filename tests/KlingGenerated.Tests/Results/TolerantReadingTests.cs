using KlingGenerated.Testing;
using KlingGenerated.Tests.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using WireMock.ResponseBuilders;

namespace KlingGenerated.Tests.Results;

/// <summary>
/// Odd answers a server may give to a task query, each answered by WireMock.Net over a real HTTP query: none
/// makes the answer unreadable, and a malformed field is reported as what it is.
/// </summary>
[Collection(WireMockCollection.Name)]
public sealed class TolerantReadingTests(WireMockFixture fixture) : TaskTestBase(fixture)
{
    [Theory]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("\"\"")]
    [InlineData("0")]
    public async Task GetTask_TaskResultNotAnObject_ReadsAsNoResult(string taskResult)
    {
        Answer("processing", taskResult);

        var answer = await CreateClient().GetImageToVideoTaskAsync(TaskIds.Video);

        Assert.Equal(KlingTaskStatus.Processing, answer.Data!.Status);
        Assert.True(answer.Data.TaskResult is null or { Videos: null, Images: null });
        Assert.Empty(answer.Data.Videos);
        Assert.Empty(answer.Data.Images);
    }

    [Fact]
    public async Task Wait_EmptyArrayWhileProcessing_ThenVideo_ReturnsTheVideo()
    {
        new TaskScenario(VideoPath)
            .ThenRespond(() => Body("processing", "[]"))
            .Then("succeed", result: TaskScenario.Video())
            .Load(Server);

        var task = await ClockDriver.RunAsync(Clock, () => CreateClient().GetTaskOperation(KlingRoute.ImageToVideo, TaskIds.Video).WaitForCompletionAsync());

        Assert.Equal(new Uri("https://cdn.example/v.mp4"), Assert.Single(task.Videos).Url);
    }

    [Theory]
    [InlineData("[]", " (task_result is [], not an object).")]
    [InlineData("\"done\"", " (task_result is a string, not an object).")]
    [InlineData("null", ".")]
    public async Task Wait_SucceedWithoutAResultObject_ThrowsResultMissingWithTheTaskId(string taskResult, string ending)
    {
        Answer("succeed", taskResult);

        var missing = await Assert.ThrowsAsync<KlingTaskResultMissingException>(
            () => ClockDriver.RunAsync(Clock, () => CreateClient().GetTaskOperation(KlingRoute.ImageToVideo, TaskIds.Video).WaitForCompletionAsync()));

        Assert.Equal(TaskIds.Video, missing.TaskId);
        Assert.Equal($"Kling task {TaskIds.Video} reports success but carries no video URL{ending}", missing.Message);
    }

    [Theory]
    [InlineData("\"/videos/v.mp4\"")]
    [InlineData("\"http://[not a host/x\"")]
    [InlineData("\"ftp://cdn.example/v.mp4\"")]
    [InlineData("{\"href\":\"https://cdn.example/v.mp4\"}")]
    [InlineData("42")]
    public async Task Wait_OnlyVideoUrlMalformed_NamesTheFieldAndTheTask(string url)
    {
        Answer("succeed", $$"""{"videos":[{"id":"v1","url":{{url}},"duration":"5"}]}""");

        var missing = await Assert.ThrowsAsync<KlingTaskResultMissingException>(
            () => ClockDriver.RunAsync(Clock, () => CreateClient().GetTaskOperation(KlingRoute.ImageToVideo, TaskIds.Video).WaitForCompletionAsync()));

        Assert.Contains(TaskIds.Video, missing.Message);
        Assert.Contains("task_result.videos[0].url is not an absolute URL", missing.Message);
        Assert.Equal(TaskIds.Video, missing.TaskId);
    }

    [Theory]
    [InlineData("\"five\"", null)]
    [InlineData("\"\"", null)]
    [InlineData("{}", null)]
    [InlineData("[5]", null)]
    [InlineData("true", null)]
    [InlineData("\"-1\"", null)]
    [InlineData("5.1", 5.1)]
    [InlineData("\"10\"", 10.0)]
    public async Task Wait_DurationNotANumber_KeepsTheVideoWithoutADuration(string duration, double? seconds)
    {
        Answer("succeed", $$"""{"videos":[{"id":"v1","url":"https://cdn.example/v.mp4","duration":{{duration}}}]}""");

        var task = await ClockDriver.RunAsync(Clock, () => CreateClient().GetTaskOperation(KlingRoute.ImageToVideo, TaskIds.Video).WaitForCompletionAsync());

        var video = Assert.Single(task.Videos);
        Assert.Equal(new Uri("https://cdn.example/v.mp4"), video.Url);
        Assert.Equal(seconds is { } s ? TimeSpan.FromSeconds(s) : null, video.Duration);
    }

    [Fact]
    public async Task Wait_OnlyAnArrayTheClientDoesNotRead_NamesIt()
    {
        Answer("succeed", """{"audios":[{"id":"a1","url":"https://cdn.example/a.mp3"}]}""");

        var missing = await Assert.ThrowsAsync<KlingTaskResultMissingException>(
            () => ClockDriver.RunAsync(Clock, () => CreateClient().GetTaskOperation(KlingRoute.ImageToVideo, TaskIds.Video).WaitForCompletionAsync()));

        Assert.Contains(TaskIds.Video, missing.Message);
        Assert.Contains("task_result has audios, which this client does not read as videos", missing.Message);
        var audios = Assert.IsType<JArray>(missing.Task!.TaskResult!.AdditionalProperties["audios"]);
        Assert.Equal("https://cdn.example/a.mp3", (string?)audios[0]["url"]);
    }

    [Fact]
    public async Task Wait_UnknownKeysBesideTheVideos_ReadsTheVideos()
    {
        Answer("succeed", """{"videos":[{"id":"v1","url":"https://cdn.example/v.mp4","duration":"5","fps":24}],"audios":[{"url":"https://cdn.example/a.mp3"}],"seed":7}""");

        var task = await ClockDriver.RunAsync(Clock, () => CreateClient().GetTaskOperation(KlingRoute.ImageToVideo, TaskIds.Video).WaitForCompletionAsync());

        Assert.Equal(TimeSpan.FromSeconds(5), Assert.Single(task.Videos).Duration);
        Assert.Equal(["audios", "seed"], task.TaskResult!.AdditionalProperties.Keys.Order());
    }

    [Theory]
    [InlineData("{\"videos\":{\"url\":\"https://cdn.example/v.mp4\"}}", "task_result.videos is an object, not an array")]
    [InlineData("{\"videos\":\"https://cdn.example/v.mp4\"}", "task_result.videos is a string, not an array")]
    [InlineData("{\"videos\":[null, \"https://cdn.example/v.mp4\", 3]}", "task_result.videos[1] is a string, not an object")]
    public async Task Wait_VideosOfTheWrongShape_ThrowsResultMissingNamingIt_NotAReadError(string taskResult, string problem)
    {
        Answer("succeed", taskResult);

        var missing = await Assert.ThrowsAsync<KlingTaskResultMissingException>(
            () => ClockDriver.RunAsync(Clock, () => CreateClient().GetTaskOperation(KlingRoute.ImageToVideo, TaskIds.Video).WaitForCompletionAsync()));

        Assert.Equal(TaskIds.Video, missing.TaskId);
        Assert.Equal($"Kling task {TaskIds.Video} reports success but carries no video URL ({problem}).", missing.Message);
        Assert.DoesNotContain("cdn.example", missing.Message);
    }

    [Fact]
    public async Task GetTask_ImageIndexNotAnInteger_FallsBackToItsPosition()
    {
        var path = "/kling/v1/images/generations/" + TaskIds.Image;
        new TaskScenario(path).ThenRespond(() => Body("succeed",
            """{"images":[{"index":"first","url":"https://cdn.example/0.png"},{"index":1.5,"url":"https://cdn.example/1.png"}]}""", TaskIds.Image)).Load(Server);

        var answer = await CreateClient().GetImageGenerationTaskAsync(TaskIds.Image);

        Assert.Equal([0, 1], answer.Data!.Images.Select(i => i.Index));
        Assert.Equal(new Uri("https://cdn.example/1.png"), answer.Data.Images[1].Url);
    }

    [Fact]
    public async Task GetTask_CodeAsAString_IsReadAsItsNumber()
    {
        new TaskScenario(VideoPath).ThenRespond(() => Body("processing", "{}", code: "\"0\"")).Load(Server);

        var answer = await CreateClient().GetImageToVideoTaskAsync(TaskIds.Video);

        Assert.Equal(0, answer.Code);
        Assert.Equal(KlingTaskStatus.Processing, answer.Data!.Status);
    }

    [Fact]
    public async Task GetTask_RefusalCodeAsAString_IsAnApiErrorWithThatCode()
    {
        new TaskScenario(VideoPath).ThenRespond(() => Body("processing", "{}", code: "\"1203\"")).Load(Server);

        var refused = await Assert.ThrowsAsync<KlingApiException>(() => CreateClient().GetImageToVideoTaskAsync(TaskIds.Video));

        Assert.Equal(1203, refused.KlingCode);
    }

    private void Answer(string status, string taskResult) =>
        new TaskScenario(VideoPath).ThenRespond(() => Body(status, taskResult)).Load(Server);

    private static IResponseBuilder Body(string status, string taskResult, string taskId = TaskIds.Video, string code = "0") =>
        Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(
            $$$"""{"code":{{{code}}},"message":"SUCCEED","request_id":"req-1","data":{"task_id":{{{JsonConvert.ToString(taskId)}}},"task_status":"{{{status}}}","task_status_msg":"","task_info":{},"task_result":{{{taskResult}}},"created_at":1773380633979,"updated_at":1773380712345}}""");
}
