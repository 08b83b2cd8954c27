using KlingGenerated.Testing;

namespace KlingGenerated.Tests.Sandbox;

[Collection(SandboxCollection.Name)]
public sealed class SandboxScriptTests(SandboxFixture fixture) : SandboxTestBase(fixture)
{
    [Fact]
    public async Task ScriptNextTask_SucceedAfterPolls_SucceedsOnThatQuery()
    {
        var task = await Sandbox.ScriptNextTaskAsync(KlingRoute.ImageToVideo, s => s.SucceedAfterPolls(5));

        var created = await Client.CreateImageToVideoTaskAsync(ImageToVideo());
        var statuses = await PollAsync(task.TaskId, 5);

        Assert.Equal(task.TaskId, created.Data!.TaskId);
        Assert.Equal(["submitted", "processing", "processing", "processing", "succeed"], statuses);
    }

    [Fact]
    public async Task ScriptNextTask_FailAfterPolls_FailsWithTheMessage()
    {
        var task = await Sandbox.ScriptNextTaskAsync(KlingRoute.ImageToVideo, s => s.FailAfterPolls(2, "The image failed the content safety check."));
        await Client.CreateImageToVideoTaskAsync(ImageToVideo());

        await Client.GetImageToVideoTaskAsync(task.TaskId);
        var failed = (await Client.GetImageToVideoTaskAsync(task.TaskId)).Data!;

        Assert.Equal("failed", failed.TaskStatus);
        Assert.Equal("The image failed the content safety check.", failed.TaskStatusMsg);
        Assert.Empty(failed.TaskResult!.Videos ?? []);
    }

    [Fact]
    public async Task ScriptNextTask_StayProcessing_NeverFinishes()
    {
        var task = await Sandbox.ScriptNextTaskAsync(KlingRoute.ImageToVideo, s => s.StayProcessing());
        await Client.CreateImageToVideoTaskAsync(ImageToVideo());

        var statuses = await PollAsync(task.TaskId, 6);

        Assert.Equal(["submitted", "processing", "processing", "processing", "processing", "processing"], statuses);
    }

    [Theory]
    [InlineData(1102, 429)]
    [InlineData(1301, 400)]
    [InlineData(1303, 429)]
    public async Task ScriptNextTask_RefuseCreateWithCode_AnswersWithKlingsStatusForIt(int code, int status)
    {
        await Sandbox.ScriptNextTaskAsync(KlingRoute.ImageToVideo, s => s.RefuseCreate(code));

        var error = await Assert.ThrowsAsync<KlingApiException<ErrorResponse>>(() => Client.CreateImageToVideoTaskAsync(ImageToVideo()));

        Assert.Equal(status, error.StatusCode);
        Assert.Equal(code, error.Result.Code);
        Assert.Null(Assert.Single(await Sandbox.GetCreatesAsync()).TaskId);
    }

    [Fact]
    public async Task ScriptNextTask_RefuseCreateWithStatus_AnswersThatStatusWithItsCode()
    {
        await Sandbox.ScriptNextTaskAsync(KlingRoute.MultiImageToVideo, s => s.RefuseCreateWithStatus(503));

        var error = await Assert.ThrowsAsync<KlingApiException<ErrorResponse>>(() => Client.CreateMultiImageToVideoTaskAsync(TwoImages()));

        Assert.Equal(503, error.StatusCode);
        Assert.Equal(5001, error.Result.Code);
    }

    [Theory]
    [InlineData(SandboxFault.ConnectionReset)]
    [InlineData(SandboxFault.EmptyResponse)]
    public async Task ScriptNextTask_FaultOnCreate_BreaksTheFirstAttemptOnly(SandboxFault fault)
    {
        var task = await Sandbox.ScriptNextTaskAsync(KlingRoute.ImageToVideo, s => s.FaultOnCreate(fault));

        await Assert.ThrowsAsync<HttpRequestException>(() => Client.CreateImageToVideoTaskAsync(ImageToVideo()));
        var retried = await Client.CreateImageToVideoTaskAsync(ImageToVideo());

        Assert.Equal(task.TaskId, retried.Data!.TaskId);
    }

    [Fact]
    public async Task ScriptNextTask_MalformedChunkOnQuery_BreaksThatQueryThenAnswers()
    {
        var task = await Sandbox.ScriptNextTaskAsync(KlingRoute.ImageToVideo, s => s.FaultOnQuery(SandboxFault.MalformedChunk));
        await Client.CreateImageToVideoTaskAsync(ImageToVideo());

        var broken = await Record.ExceptionAsync(() => Client.GetImageToVideoTaskAsync(task.TaskId));
        var answered = await Client.GetImageToVideoTaskAsync(task.TaskId);

        Assert.True(broken is HttpRequestException or KlingApiException, $"Unexpected {broken}");
        Assert.Equal("submitted", answered.Data!.TaskStatus);
        Assert.Equal(2, (await Sandbox.GetQueriesAsync(task.TaskId)).Count);
    }

    [Fact]
    public async Task ScriptNextTask_HtmlErrorOnCreate_AnswersAnHtmlPageThenLetsTheRetryThrough()
    {
        var task = await Sandbox.ScriptNextTaskAsync(KlingRoute.ImageToVideo, s => s.HtmlErrorOnCreate(502));

        var error = await Assert.ThrowsAsync<KlingApiException>(() => Client.CreateImageToVideoTaskAsync(ImageToVideo()));
        var retried = await Client.CreateImageToVideoTaskAsync(ImageToVideo());

        Assert.Equal(502, error.StatusCode);
        Assert.Contains("<html>", error.Message);
        Assert.Equal(task.TaskId, retried.Data!.TaskId);
    }

    [Fact]
    public async Task ScriptNextTask_HtmlErrorOnQueryTwice_AnswersHtmlTwiceThenJson()
    {
        var task = await Sandbox.ScriptNextTaskAsync(KlingRoute.ImageToVideo, s => s.HtmlErrorOnQuery(503, times: 2));
        await Client.CreateImageToVideoTaskAsync(ImageToVideo());

        var first = await Assert.ThrowsAsync<KlingApiException>(() => Client.GetImageToVideoTaskAsync(task.TaskId));
        var second = await Assert.ThrowsAsync<KlingApiException>(() => Client.GetImageToVideoTaskAsync(task.TaskId));
        var third = await Client.GetImageToVideoTaskAsync(task.TaskId);

        Assert.Equal([503, 503], new[] { first.StatusCode, second.StatusCode });
        Assert.Equal("submitted", third.Data!.TaskStatus);
    }

    [Fact]
    public async Task ScriptNextTask_DelayCreateAndQueries_AnswersNoSoonerThanTheDelay()
    {
        var delay = TimeSpan.FromMilliseconds(300);
        var task = await Sandbox.ScriptNextTaskAsync(KlingRoute.ImageToVideo, s => s.DelayCreate(delay).DelayQueries(delay));

        var watch = System.Diagnostics.Stopwatch.StartNew();
        await Client.CreateImageToVideoTaskAsync(ImageToVideo());
        var created = watch.Elapsed;
        await Client.GetImageToVideoTaskAsync(task.TaskId);
        var queried = watch.Elapsed - created;

        Assert.True(created >= delay, $"The create came back after {created}.");
        Assert.True(queried >= delay, $"The query came back after {queried}.");
    }

    [Fact]
    public async Task ScriptNextTask_ExpireResult_MediaAnswer404()
    {
        var task = await Sandbox.ScriptNextTaskAsync(KlingRoute.ImageToVideo, s => s.SucceedAfterPolls(1).ExpireResult());
        await Client.CreateImageToVideoTaskAsync(ImageToVideo());
        var url = Assert.Single((await Client.GetImageToVideoTaskAsync(task.TaskId)).Data!.TaskResult!.Videos!).Url;

        using var http = new HttpClient();
        using var response = await http.GetAsync(url);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ExpireMedia_UnscriptedTask_MediaAnswer404AfterwardsOnly()
    {
        var created = await Client.CreateImageToVideoTaskAsync(ImageToVideo());
        var taskId = created.Data!.TaskId!;
        var statuses = await PollAsync(taskId, 3);
        var url = Assert.Single((await Client.GetImageToVideoTaskAsync(taskId)).Data!.TaskResult!.Videos!).Url;
        using var http = new HttpClient();
        using var before = await http.GetAsync(url);

        await Sandbox.ExpireMediaAsync(taskId);
        using var after = await http.GetAsync(url);

        Assert.Equal("succeed", statuses[^1]);
        Assert.Equal([200, 404], new[] { (int)before.StatusCode, (int)after.StatusCode });
    }

    [Fact]
    public async Task ScriptNextTask_TwoScriptsOnARoute_ApplyInTheOrderWritten()
    {
        var first = await Sandbox.ScriptNextTaskAsync(KlingRoute.ImageToVideo, s => s.FailAfterPolls(1, "first"));
        var second = await Sandbox.ScriptNextTaskAsync(KlingRoute.ImageToVideo, s => s.FaultOnCreate(SandboxFault.ConnectionReset).SucceedAfterPolls(1));

        var a = await Client.CreateImageToVideoTaskAsync(ImageToVideo());
        await Assert.ThrowsAsync<HttpRequestException>(() => Client.CreateImageToVideoTaskAsync(ImageToVideo()));
        var b = await Client.CreateImageToVideoTaskAsync(ImageToVideo());
        var c = await Client.CreateImageToVideoTaskAsync(ImageToVideo());

        Assert.Equal(new[] { first.TaskId, second.TaskId }, new[] { a.Data!.TaskId!, b.Data!.TaskId! });
        Assert.DoesNotContain(c.Data!.TaskId, new[] { first.TaskId, second.TaskId });
        Assert.Equal("failed", (await Client.GetImageToVideoTaskAsync(first.TaskId)).Data!.TaskStatus);
        Assert.Equal("succeed", (await Client.GetImageToVideoTaskAsync(second.TaskId)).Data!.TaskStatus);
    }

    private async Task<List<string?>> PollAsync(string taskId, int times)
    {
        var statuses = new List<string?>();
        for (var i = 0; i < times; i++)
        {
            statuses.Add((await Client.GetImageToVideoTaskAsync(taskId)).Data!.TaskStatus);
        }

        return statuses;
    }

    private static MultiImageToVideoRequest TwoImages() => new()
    {
        ImageList = [new ImageListItem { Image = KlingImage.FromUrl("https://example.com/a.png") }, new ImageListItem { Image = KlingImage.FromUrl("https://example.com/b.png") }],
        Prompt = "The astronauts got up and left.",
    };
}
