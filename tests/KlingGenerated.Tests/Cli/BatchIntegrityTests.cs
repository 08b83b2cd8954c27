using KlingGenerated.Cli.Batch;
using KlingGenerated.Testing;
using KlingGenerated.Tests.Sandbox;
using Newtonsoft.Json.Linq;

namespace KlingGenerated.Tests.Cli;

/// <summary>A batch against the sandbox: one run per folder, jobs known by their content or id, files that stay the job's own.</summary>
[Collection(SandboxCollection.Name)]
public sealed class BatchIntegrityTests(SandboxFixture fixture) : CliTestBase(fixture)
{
    private string Jobs => Path.Combine(Cli.Folder, "jobs.jsonl");

    private string Out => Path.Combine(Cli.Folder, "out");

    private string JournalText => File.ReadAllText(Path.Combine(Out, BatchJournal.FileName));

    private static string Video(string prompt, string? id = null)
    {
        var job = new JObject();
        if (id is not null)
        {
            job["id"] = id;
        }

        job["route"] = "image2video";
        job["image"] = "https://example.com/a.png";
        job["prompt"] = prompt;
        return job.ToString(Newtonsoft.Json.Formatting.None);
    }

    private void WriteJobs(params string[] lines) => File.WriteAllLines(Jobs, lines);

    private List<JObject> Results() => Cli.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(JObject.Parse).ToList();

    [Fact]
    public async Task Batch_TwoRunsOnOneFolder_OneRunsEveryJob_TheOtherIsRefusedAtOnce()
    {
        WriteJobs(Video("one"), Video("two"), Video("three"));
        for (var i = 0; i < 3; i++)
        {
            // Long enough that the two runs overlap whatever the order they start in.
            await Sandbox.ScriptNextTaskAsync(KlingRoute.ImageToVideo, s => s.SucceedAfterPolls(16));
        }

        using var other = new CliRun();
        var codes = await Task.WhenAll(
            Cli.RunAsync(Remote("batch", Jobs, "--out-dir", Out)),
            other.RunAsync(Remote("batch", Jobs, "--out-dir", Out)));

        Assert.Equal(3, (await Sandbox.GetCreatesAsync()).Count);
        Assert.Equal([0, 2], codes.Order());
        var refused = codes[0] == 0 ? other : Cli;
        Assert.Contains("is in use by another kling batch", refused.Error);
        Assert.Contains($"process {Environment.ProcessId}", refused.Error);
        Assert.Contains("nothing was sent", refused.Error);
        Assert.Equal(3, JournalText.Split("\"state\":\"done\"").Length - 1);
    }

    [Fact]
    public async Task Batch_LineInsertedAtTheTop_CreatesOnlyTheNewJob_AndOldJobsKeepTheirTasksAndFiles()
    {
        WriteJobs(Video("apple"), Video("banana"));
        Assert.Equal(0, await Cli.RunAsync(Remote("batch", Jobs, "--out-dir", "out", "--json")));
        var first = Results();
        var (apple, banana) = (first[0], first[1]);

        WriteJobs(Video("cherry"), Video("apple"), Video("banana"));
        var code = await Cli.RunAsync(Remote("batch", Jobs, "--out-dir", "out", "--json"));

        Assert.True(code == 0, Cli.Error);
        Assert.Equal(3, (await Sandbox.GetCreatesAsync()).Count);
        var second = Results();
        Assert.Equal([1, 2, 3], second.Select(r => r.Value<int>("line")));
        Assert.DoesNotContain(second[0].Value<string>("task_id"), new[] { apple.Value<string>("task_id"), banana.Value<string>("task_id") });
        Assert.Equal(apple.Value<string>("task_id"), second[1].Value<string>("task_id"));
        Assert.Equal(banana.Value<string>("task_id"), second[2].Value<string>("task_id"));
        Assert.Equal(apple["files"], second[1]["files"]);
        Assert.Equal(banana["files"], second[2]["files"]);
        var files = second.Select(r => Assert.Single(r["files"]!.Values<string>())!).ToList();
        Assert.Equal(3, files.Distinct().Count());
        Assert.All(files, f => Assert.True(File.Exists(f), f));

        // Reordered: nothing is created, each job keeps its own task.
        WriteJobs(Video("banana"), Video("cherry"), Video("apple"));
        Assert.Equal(0, await Cli.RunAsync(Remote("batch", Jobs, "--out-dir", "out", "--json")));
        Assert.Equal(3, (await Sandbox.GetCreatesAsync()).Count);
        var third = Results();
        Assert.Equal(banana.Value<string>("task_id"), third[0].Value<string>("task_id"));
        Assert.Equal(second[0].Value<string>("task_id"), third[1].Value<string>("task_id"));
        Assert.Equal(apple.Value<string>("task_id"), third[2].Value<string>("task_id"));
    }

    [Fact]
    public async Task Batch_ExplicitIds_NameTheFiles_AndDuplicateOrUnsafeIdsAreInvalid()
    {
        WriteJobs(Video("a", id: "cat"), Video("b", id: "cat"), Video("c", id: "dog"), Video("d", id: "../evil"));

        var code = await Cli.RunAsync(Remote("batch", Jobs, "--out-dir", "out", "--json"));

        Assert.Equal(2, code);
        Assert.Single(await Sandbox.GetCreatesAsync());
        var results = Results();
        Assert.Equal(["invalid", "invalid", "done", "invalid"], results.Select(r => r.Value<string>("status")));
        Assert.Contains("lines 1 and 2", results[0].Value<string>("message"));
        Assert.Contains("\"id\"", results[3].Value<string>("message"));
        Assert.Equal(Path.Combine(Out, "dog.mp4"), Assert.Single(results[2]["files"]!.Values<string>()));
        Assert.Equal("dog", results[2].Value<string>("job"));
        Assert.True(File.Exists(Path.Combine(Out, "dog.mp4")));
    }

    [Fact]
    public async Task Batch_InterruptedAfterCreates_SaysWhichTasksWereCreated_AndHowToResume()
    {
        WriteJobs(Video("one"), Video("two"), Video("three"), Video("four"));
        var journal = Path.Combine(Out, BatchJournal.FileName);

        using var interrupt = new CancellationTokenSource();
        // Polls far apart: every task is created, then the batch waits.
        var run = Cli.RunAsync(interrupt.Token, RemoteWithPolling("30", "batch", Jobs, "--out-dir", "out", "--concurrency", "4"));
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (ReadShared(journal).Split("\"state\":\"created\"").Length - 1 < 4)
        {
            Assert.True(DateTime.UtcNow < deadline, "The batch never created every task: " + ReadShared(journal));
            await Task.Delay(20);
        }

        interrupt.Cancel();
        var code = await run;

        Assert.Equal(130, code);
        Assert.Contains("interrupted; 4 tasks were created and go on on the server", Cli.Error);
        Assert.All(await Sandbox.GetCreatesAsync(), c => Assert.Contains(c.TaskId!, Cli.Error));
        Assert.Contains("re-run the same command to resume", Cli.Error);
        Assert.DoesNotContain("before a task was created", Cli.Error);
    }

    [Fact]
    public async Task Batch_FailureMessageEchoingTheKey_NeverReachesStderrJsonOrTheJournal()
    {
        WriteJobs(Video("leaky"));
        await Sandbox.ScriptNextTaskAsync(KlingRoute.ImageToVideo, s => s.FailAfterPolls(1, $"The key {Key} may not make videos."));

        var code = await Cli.RunAsync(Remote("batch", Jobs, "--out-dir", "out", "--json"));

        Assert.Equal(4, code);
        Assert.Contains("may not make videos", Cli.Error);
        Assert.Contains("may not make videos", Cli.Output);
        Assert.Contains("may not make videos", JournalText);
        Assert.DoesNotContain(Key, Cli.Error);
        Assert.DoesNotContain(Key, Cli.Output);
        Assert.DoesNotContain(Key, JournalText);
    }

    [Fact]
    public async Task Batch_CrashAfterTheFileWasRenamed_ReplacesOnlyThatJobsOwnFile()
    {
        WriteJobs(Video("clip", id: "clip"));
        Assert.Equal(0, await Cli.RunAsync(Remote("batch", Jobs, "--out-dir", "out")));
        var file = Path.Combine(Out, "clip.mp4");
        var video = await File.ReadAllBytesAsync(file);
        // As if killed after the rename, before "done" was written: the last entry says "succeeded".
        var journal = Path.Combine(Out, BatchJournal.FileName);
        var last = JObject.Parse(File.ReadLines(journal).Last(l => l.Contains("\"done\"", StringComparison.Ordinal)));
        last["state"] = "succeeded";
        File.AppendAllText(journal, last.ToString(Newtonsoft.Json.Formatting.None) + "\n");
        await File.WriteAllTextAsync(file, "left by the crashed run");

        var code = await Cli.RunAsync(Remote("batch", Jobs, "--out-dir", "out", "--json"));

        Assert.True(code == 0, Cli.Error);
        Assert.Single(await Sandbox.GetCreatesAsync());
        Assert.Equal(file, Assert.Single(Cli.Json()["files"]!.Values<string>()));
        Assert.Equal(video, await File.ReadAllBytesAsync(file));
    }

    [Fact]
    public async Task Batch_FileTheJobDidNotCreate_IsNeverOverwritten()
    {
        WriteJobs(Video("clip", id: "clip"));
        Directory.CreateDirectory(Out);
        var foreign = Path.Combine(Out, "clip.mp4");
        await File.WriteAllTextAsync(foreign, "the user's own file");

        var code = await Cli.RunAsync(Remote("batch", Jobs, "--out-dir", "out", "--json"));

        Assert.True(code == 0, Cli.Error);
        Assert.Equal("the user's own file", await File.ReadAllTextAsync(foreign));
        var saved = Assert.Single(Cli.Json()["files"]!.Values<string>())!;
        Assert.NotEqual(foreign, saved);
        Assert.Equal(Out, Path.GetDirectoryName(saved));
        Assert.StartsWith("clip", Path.GetFileName(saved), StringComparison.Ordinal);
        Assert.True(new FileInfo(saved).Length > 1000);
    }

    [Fact]
    public async Task Batch_OneTaskTimesOut_TheOthersFinish_AndItStaysOpenForARerun()
    {
        WriteJobs(Video("slow"), Video("quick"));
        var slow = await Sandbox.ScriptNextTaskAsync(KlingRoute.ImageToVideo, s => s.StayProcessing());

        var code = await Cli.RunAsync(Remote("batch", Jobs, "--out-dir", "out", "--concurrency", "1", "--timeout", "3", "--json"));

        Assert.Equal(5, code);
        var results = Results();
        Assert.Equal(["created", "done"], results.Select(r => r.Value<string>("status")));
        Assert.Equal(slow.TaskId, results[0].Value<string>("task_id"));
        Assert.Contains("Re-run the same command to resume", results[0].Value<string>("message"));
        Assert.Equal(2, (await Sandbox.GetCreatesAsync()).Count);
    }

    [Fact]
    public async Task Batch_LineEditedUnderTheSameId_StaysDone_AndSaysSo()
    {
        WriteJobs(Video("first version", id: "clip"));
        Assert.Equal(0, await Cli.RunAsync(Remote("batch", Jobs, "--out-dir", "out")));

        WriteJobs(Video("second version", id: "clip"));
        var code = await Cli.RunAsync(Remote("batch", Jobs, "--out-dir", "out"));

        Assert.Equal(0, code);
        Assert.Single(await Sandbox.GetCreatesAsync());
        Assert.Contains("job clip (line 1): the line changed since the job was done", Cli.Error);
    }

    [Fact]
    public async Task Batch_JournalFromAnOlderKling_IsIgnoredWithANote()
    {
        WriteJobs(Video("one"));
        Directory.CreateDirectory(Out);
        File.WriteAllText(Path.Combine(Out, BatchJournal.FileName),
            """{"line":1,"route":"image2video","external_task_id":"kg-old","task_id":"1","state":"done","files":["1.mp4"]}""" + "\n");

        var code = await Cli.RunAsync(Remote("batch", Jobs, "--out-dir", "out", "--json"));

        Assert.True(code == 0, Cli.Error);
        Assert.Contains("the journal holds 1 entry from an older kling", Cli.Error);
        Assert.Single(await Sandbox.GetCreatesAsync());
        Assert.True(File.Exists(Assert.Single(Cli.Json()["files"]!.Values<string>())));
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
}
