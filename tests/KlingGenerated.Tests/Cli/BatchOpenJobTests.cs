using System.Diagnostics;
using KlingGenerated.Cli.Batch;
using Newtonsoft.Json.Linq;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace KlingGenerated.Tests.Cli;

/// <summary>
/// A batch against answers that say nothing for sure: a job whose task exists or may exist stays open (never
/// failed, never created twice), one job's trouble never stops the others, and no key reaches the journal or the table.
/// </summary>
public sealed class BatchOpenJobTests(WireMockFixture fixture) : CliWireMockTestBase(fixture)
{
    private const string VideoPath = "/kling/v1/videos/image2video";

    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(30);

    private string Jobs => Path.Combine(Cli.Folder, "jobs.jsonl");

    private string Out => Path.Combine(Cli.Folder, "out");

    private string JournalText => File.ReadAllText(Path.Combine(Out, BatchJournal.FileName));

    private void WriteJobs(params string[] lines) => File.WriteAllLines(Jobs, lines);

    private void AnswerAnyQuery(IResponseBuilder response, int priority = 1) =>
        Server.Given(Request.Create().WithPath(new WildcardMatcher(VideoPath + "/*")).UsingGet()).AtPriority(priority).RespondWith(response);

    private int Gets => Server.LogEntries.Count(e => e.RequestMessage.Method == "GET");

    private JObject LastEntry(string key) =>
        JournalText.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(JObject.Parse).Last(e => e.Value<string>("key") == key);

    private void JournalSays(string line)
    {
        Directory.CreateDirectory(Out);
        File.WriteAllText(Path.Combine(Out, BatchJournal.FileName), line + "\n");
    }

    public static TheoryData<int, string, string> InconclusiveLookups => new()
    {
        { 404, "text/html", "<html>no route</html>" },
        { 200, "application/json", "{\"code\":0,\"message\":\"SUCCEED\",\"data\":null}" },
        { 200, "application/json", "{\"code\":0,\"message\":\"SUCCEED\",\"data\":{\"task_id\":\"\",\"task_status\":\"submitted\"}}" },
        { 401, "application/json", "{\"code\":1000,\"message\":\"auth failed\"}" },
    };

    [Theory]
    [MemberData(nameof(InconclusiveLookups))]
    public async Task Batch_ResumedCreate_LookupThatDoesNotProveAbsence_StaysCreatingWithoutASecondCreate(int status, string type, string body)
    {
        Answer("POST", VideoPath, Json(200, TaskJson("\"t-new\"", "submitted")));
        AnswerAnyQuery(Response.Create().WithStatusCode(status).WithHeader("Content-Type", type).WithBody(body), priority: 2);
        JournalSays("""{"key":"r1","line":1,"content":"x","route":"image2video","external_task_id":"ext-maybe-sent","state":"creating","files":[]}""");
        WriteJobs("""{"id":"r1","route":"image2video","image":"https://example.com/a.png"}""");

        var code = await Cli.RunAsync(Remote("batch", Jobs, "--out-dir", "out", "--timeout", "1", "--json"));

        Assert.Equal(0, Posts(VideoPath));
        Assert.Equal(1, code);
        var job = Cli.Json();
        Assert.Equal("creating", job.Value<string>("status"));
        Assert.Contains("may exist", job.Value<string>("message"));
        Assert.Contains("re-run the same command to resume", Cli.Error);
        Assert.Equal("creating", LastEntry("r1").Value<string>("state"));
    }

    [Fact]
    public async Task Batch_ResumedCreate_KlingSaysNotFound_CreatesIt()
    {
        Answer("POST", VideoPath, Json(200, TaskJson("\"t-new\"", "submitted")));
        AnswerAnyQuery(Json(404, "{\"code\":1203,\"message\":\"Resource not found\"}"), priority: 2);
        JournalSays("""{"key":"r1","line":1,"content":"x","route":"image2video","external_task_id":"ext-never-sent","state":"creating","files":[]}""");
        WriteJobs("""{"id":"r1","route":"image2video","image":"https://example.com/a.png"}""");

        await Cli.RunAsync(Remote("batch", Jobs, "--out-dir", "out", "--timeout", "1", "--json"));

        Assert.Equal(1, Posts(VideoPath));
        Assert.Equal("t-new", LastEntry("r1").Value<string>("task_id"));
    }

    [Fact]
    public async Task Batch_UnreadableCreateAnswer_StaysCreating_AndARerunLooksItUpInsteadOfSkippingIt()
    {
        const string garbled = "{\"code\":0,\"message\":\"SUCCEED\",\"data\":\"upstream hiccup\"}";
        Answer("POST", VideoPath, Json(200, garbled));
        AnswerAnyQuery(Json(200, garbled));
        WriteJobs("""{"id":"j1","route":"image2video","image":"https://example.com/a.png"}""");

        var first = await Cli.RunAsync(Remote("batch", Jobs, "--out-dir", "out", "--json"));
        var job = Cli.Json();
        var (posts, gets) = (Posts(VideoPath), Gets);

        Assert.Equal(1, first);
        Assert.Equal("creating", job.Value<string>("status"));
        var external = LastEntry("j1").Value<string>("external_task_id")!;
        Assert.Contains($"may exist: external id {external}", job.Value<string>("message"));
        Assert.Equal("creating", LastEntry("j1").Value<string>("state"));

        var second = await Cli.RunAsync(Remote("batch", Jobs, "--out-dir", "out", "--json"));

        Assert.Equal(1, second);
        Assert.True(Gets > gets, "The re-run never looked the task up.");
        Assert.Equal(posts, Posts(VideoPath));
        Assert.Equal("creating", Cli.Json().Value<string>("status"));
    }

    [Fact]
    public async Task Batch_CreateRefusedForGood_IsFailed()
    {
        Answer("POST", VideoPath, Json(400, "{\"code\":1201,\"message\":\"bad parameter\"}"));
        WriteJobs("""{"id":"j1","route":"image2video","image":"https://example.com/a.png"}""");

        var code = await Cli.RunAsync(Remote("batch", Jobs, "--out-dir", "out", "--json"));

        Assert.Equal(4, code);
        Assert.Equal("failed", Cli.Json().Value<string>("status"));
    }

    [Fact]
    public async Task Batch_RateLimitedJobs_StayOpen_TheOthersStillRun_AndTheSummaryIsPrinted()
    {
        Answer("POST", VideoPath, Json(429, "{\"code\":1302,\"message\":\"rate\"}").WithHeader("Retry-After", "3600"));
        WriteJobs(
            """{"id":"a1","route":"image2video","image":"https://example.com/a.png"}""",
            """{"id":"a2","route":"image2video","image":"https://example.com/b.png"}""");

        var code = await Cli.RunAsync(Remote("batch", Jobs, "--out-dir", "out", "--concurrency", "1"));

        Assert.Equal(1, code);
        Assert.Contains("0 of 2 jobs done.", Cli.Error);
        Assert.Contains("2 jobs are still open", Cli.Error);
        Assert.True(Posts(VideoPath) >= 2, "The second job was never tried.");
        Assert.Equal("creating", LastEntry("a1").Value<string>("state"));
        Assert.Equal("creating", LastEntry("a2").Value<string>("state"));
        Assert.Contains("No task was created", LastEntry("a1").Value<string>("message"));
    }

    [Fact]
    public async Task Batch_ServerErrorOnCreate_StaysCreating_AndTheOthersGoOn()
    {
        Answer("POST", VideoPath, Json(503, "{\"code\":5000,\"message\":\"internal error\"}").WithHeader("Retry-After", "3600"));
        AnswerAnyQuery(Json(200, "{\"code\":0,\"message\":\"SUCCEED\",\"data\":\"upstream hiccup\"}"));
        WriteJobs(
            """{"id":"a1","route":"image2video","image":"https://example.com/a.png"}""",
            """{"id":"a2","route":"image2video","image":"https://example.com/b.png"}""");

        var code = await Cli.RunAsync(Remote("batch", Jobs, "--out-dir", "out", "--concurrency", "1", "--json"));

        Assert.Equal(1, code);
        Assert.Contains("of 2 jobs done.", Cli.Error);
        Assert.Equal(["creating", "creating"], Cli.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JObject.Parse(l).Value<string>("status")));
        Assert.Contains("may exist", LastEntry("a2").Value<string>("message"));
    }

    public static TheoryData<int, string> WaitErrors => new()
    {
        { 200, "{\"code\":0,\"message\":\"SUCCEED\",\"data\":null}" },
        { 401, "{\"code\":1000,\"message\":\"auth failed\"}" },
        { 404, "{\"code\":1203,\"message\":\"Resource not found\"}" },
    };

    [Theory]
    [MemberData(nameof(WaitErrors))]
    public async Task Batch_CreatedJob_WaitErrorThatIsNotTheTasksFailure_KeepsItOpen(int status, string body)
    {
        AnswerAnyQuery(Json(status, body));
        JournalSays("""{"key":"c1","line":1,"content":"x","route":"image2video","external_task_id":"ext-c1","task_id":"t-paid","state":"created","files":[]}""");
        WriteJobs("""{"id":"c1","route":"image2video","image":"https://example.com/a.png"}""");

        var code = await Cli.RunAsync(Remote("batch", Jobs, "--out-dir", "out", "--timeout", "2", "--json"));

        Assert.Equal(0, Posts(VideoPath));
        Assert.NotEqual(4, code);
        var job = Cli.Json();
        Assert.Equal("created", job.Value<string>("status"));
        Assert.Equal("t-paid", job.Value<string>("task_id"));
        Assert.Contains("re-run the same command to resume", job.Value<string>("message"));
        Assert.Equal("created", LastEntry("c1").Value<string>("state"));
    }

    [Fact]
    public async Task Batch_CreatedJob_TaskFailed_IsFailed()
    {
        AnswerAnyQuery(Json(200, TaskJson("\"t-paid\"", "failed", ",\"task_status_msg\":\"nope\"")));
        JournalSays("""{"key":"c1","line":1,"content":"x","route":"image2video","external_task_id":"ext-c1","task_id":"t-paid","state":"created","files":[]}""");
        WriteJobs("""{"id":"c1","route":"image2video","image":"https://example.com/a.png"}""");

        var code = await Cli.RunAsync(Remote("batch", Jobs, "--out-dir", "out", "--json"));

        Assert.Equal(4, code);
        Assert.Equal("failed", Cli.Json().Value<string>("status"));
    }

    [Fact]
    public async Task Batch_ServerTaskIdEchoingTheKey_NeverReachesTheJournal()
    {
        Answer("POST", VideoPath, Json(200, TaskJson("\"" + Key + "\"", "submitted")));
        AnswerAnyQuery(Json(200, TaskJson("\"" + Key + "\"", "failed", ",\"task_status_msg\":\"nope\"")));
        WriteJobs("""{"id":"k1","route":"image2video","image":"https://example.com/a.png"}""");

        await Cli.RunAsync(Remote("batch", Jobs, "--out-dir", "out", "--json"));

        AssertKeyNowhere();
        Assert.DoesNotContain(Key, JournalText);
        Assert.DoesNotContain("5Qm2Zr8", JournalText);
    }

    [Theory]
    [InlineData(60)]
    [InlineData(100)]
    [InlineData(150)]
    [InlineData(170)]
    public async Task Batch_SummaryTableWrappingALongTaskId_NeverShowsTheKeyCutInTwo(int pad)
    {
        var taskId = new string('t', pad) + Key;
        Answer("POST", VideoPath, Json(200, TaskJson("\"" + taskId + "\"", "submitted")));
        AnswerAnyQuery(Json(200, TaskJson("\"" + taskId + "\"", "failed", ",\"task_status_msg\":\"" + new string('m', 300) + "\"")));
        WriteJobs("""{"id":"k1","route":"image2video","image":"https://example.com/a.png"}""");

        await Cli.RunAsync(Remote("batch", Jobs, "--out-dir", "out"));

        Assert.Contains("jobs done", Cli.Error);
        Assert.DoesNotContain("5Qm2Zr8", Cli.Error);
        Assert.DoesNotContain("5Qm2Zr8", JournalText);
    }

    [Fact]
    public async Task Batch_JobsFileThatIsAFifo_IsRefusedWithoutBlocking()
    {
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [Jobs]) { UseShellExecute = false })!)
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var code = await Task.Run(() => Cli.RunAsync(Remote("batch", Jobs, "--out-dir", "out"))).WaitAsync(Hang);

        Assert.Equal(2, code);
        Assert.Contains("is a FIFO (named pipe), not a regular file", Cli.Error);
        Assert.Equal(0, RequestCount);
    }

    [Fact]
    public async Task Batch_LockFileThatCannotBeOpened_SaysWhatFailed_NotThatTheFolderIsInUse()
    {
        Directory.CreateDirectory(Out);
        // A lock path that leads nowhere: opening it fails, and no other run holds anything.
        File.CreateSymbolicLink(Path.Combine(Out, BatchLock.FileName), Path.Combine(Cli.Folder, "missing-folder", "lock"));
        WriteJobs("""{"id":"j1","route":"image2video","image":"https://example.com/a.png"}""");

        var code = await Cli.RunAsync(Remote("batch", Jobs, "--out-dir", "out"));

        Assert.NotEqual(0, code);
        Assert.DoesNotContain("in use by another kling batch", Cli.Error);
        Assert.Contains("could not open the batch lock", Cli.Error);
        Assert.Equal(0, Posts(VideoPath));
    }
}
