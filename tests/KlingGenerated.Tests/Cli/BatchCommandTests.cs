using System.Diagnostics;
using KlingGenerated.Cli.Batch;
using KlingGenerated.Testing;
using KlingGenerated.Tests.Sandbox;
using Newtonsoft.Json.Linq;

namespace KlingGenerated.Tests.Cli;

[Collection(SandboxCollection.Name)]
public sealed class BatchCommandTests(SandboxFixture fixture) : CliTestBase(fixture)
{
    private string WriteJobs(params string[] lines)
    {
        var path = Path.Combine(Cli.Folder, "jobs.jsonl");
        File.Copy(CliRun.Sample("day.png"), Path.Combine(Cli.Folder, "day.png"), overwrite: true);
        File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public async Task Batch_RunsEveryJob_PrintsOneJsonObjectPerJob_AndRecordsThemDone()
    {
        var jobs = WriteJobs(
            """{"route":"image2video","image":"day.png","prompt":"The sun sets."}""",
            """{"route":"multi-image2video","image_list":[{"image":"day.png"},{"image":"https://example.com/b.png"}],"prompt":"Day to night."}""",
            """{"route":"multi-image2image","subject_image_list":[{"subject_image":"day.png"},{"subject_image":"day.png"}],"n":2}""");

        var code = await Cli.RunAsync(Remote("batch", jobs, "--out-dir", "out", "--concurrency", "3", "--json"));

        Assert.True(code == 0, Cli.Error);
        var results = Cli.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(JObject.Parse).ToList();
        Assert.Equal([1, 2, 3], results.Select(r => r.Value<int>("line")));
        Assert.All(results, r => Assert.Equal("done", r.Value<string>("status")));
        Assert.Equal(4, Directory.GetFiles(Path.Combine(Cli.Folder, "out")).Count(f => Path.GetExtension(f) is ".mp4" or ".png"));
        Assert.Equal(4, results.SelectMany(r => r["files"]!.Values<string>()).Distinct().Count(File.Exists));
        Assert.Equal(3, (await Sandbox.GetCreatesAsync()).Count);
        Assert.Contains("3 of 3 jobs done.", Cli.Error);
    }

    [Fact]
    public async Task Batch_InvalidLine_IsReportedInvalid_AndTheOthersStillRun()
    {
        var jobs = WriteJobs(
            """{"route":"image2video","image":"https://example.com/a.png","duration":"16"}""",
            """{"route":"image2video","image":"https://example.com/a.png"}""");

        var code = await Cli.RunAsync(Remote("batch", jobs, "--out-dir", "out"));

        Assert.Equal(2, code);
        Assert.Single(await Sandbox.GetCreatesAsync());
        Assert.Contains("invalid", Cli.Error);
    }

    [Fact]
    public async Task Batch_ResumingAJobThatReachedTheServer_FindsItInsteadOfCreatingAgain()
    {
        // The journal says a create was under way when the batch stopped, and the server did get it.
        var jobs = WriteJobs("""{"id":"resumed","route":"image2video","image":"https://example.com/a.png"}""");
        var created = await Client.CreateImageToVideoTaskAsync(ImageToVideo("kg-resumed-0001"));
        using (var journal = BatchJournal.Open(Path.Combine(Cli.Folder, "out")))
        {
            journal.Record(new BatchJournalEntry { Key = "resumed", Line = 1, Route = "image2video", ExternalTaskId = "kg-resumed-0001", State = BatchJobState.Creating });
        }

        var code = await Cli.RunAsync(Remote("batch", jobs, "--out-dir", "out", "--json"));

        Assert.True(code == 0, Cli.Error);
        Assert.Single(await Sandbox.GetCreatesAsync());
        Assert.Equal(created.Data!.TaskId, Cli.Json().Value<string>("task_id"));
    }

    [Fact]
    public async Task Batch_KilledHalfway_ResumesWithoutCreatingAnyTaskTwice()
    {
        var jobs = WriteJobs(Enumerable.Range(1, 6).Select(i => $$"""{"route":"image2video","image":"day.png","prompt":"job {{i}}"}""").ToArray());
        var journalPath = Path.Combine(Cli.Folder, "out", BatchJournal.FileName);

        var killedAt = TimeSpan.Zero;
        var firstErrors = new System.Text.StringBuilder();
        using (var first = StartCliProcess(RemoteWithPolling("0.3", "batch", jobs, "--out-dir", "out", "--concurrency", "2"), firstErrors))
        {
            var deadline = Stopwatch.StartNew();
            // Killed once a third task exists: with two at a time, that is mid-batch, with tasks in flight.
            while (ReadShared(journalPath).Split("\"state\":\"created\"").Length - 1 < 3)
            {
                Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(60), "The first run never created three tasks.");
                if (first.HasExited)
                {
                    Assert.Fail("The first run ended before it could be killed: " + firstErrors);
                }

                await Task.Delay(20);
            }

            // Another run on the same folder meanwhile is refused at once, naming the process that holds it.
            using (var intruder = new CliRun())
            {
                Assert.Equal(2, await intruder.RunAsync(Remote("batch", jobs, "--out-dir", Path.Combine(Cli.Folder, "out"))));
                Assert.Contains($"process {first.Id}", intruder.Error);
            }

            killedAt = deadline.Elapsed;
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
        }

        var before = await Sandbox.GetCreatesAsync();
        Assert.True(before.Count is >= 1 and <= 5,
            $"{before.Count} creates before the kill at {killedAt}: {string.Join(", ", before.Select(c => c.ExternalTaskId + "=" + c.TaskId))}\n{File.ReadAllText(journalPath)}");

        var code = await Cli.RunAsync(Remote("batch", jobs, "--out-dir", "out", "--concurrency", "2", "--json"));

        Assert.True(code == 0, Cli.Error + Cli.Output);
        var creates = await Sandbox.GetCreatesAsync();
        Assert.Equal(6, creates.Count);
        Assert.Equal(6, creates.Select(c => c.ExternalTaskId).Distinct().Count());
        var results = Cli.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(JObject.Parse).ToList();
        Assert.Equal(6, results.Count);
        Assert.All(results, r => Assert.True(File.Exists(Assert.Single(r["files"]!.Values<string>()))));
    }

    // The running batch holds the journal open for writing.
    private static string ReadShared(string path)
    {
        if (!File.Exists(path))
        {
            return string.Empty;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return new StreamReader(stream).ReadToEnd();
    }

    private Process StartCliProcess(string[] args, System.Text.StringBuilder errors)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Cli.Folder, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kling.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, e) => { lock (errors) { errors.AppendLine(e.Data); } };
        process.BeginErrorReadLine();
        return process;
    }
}
