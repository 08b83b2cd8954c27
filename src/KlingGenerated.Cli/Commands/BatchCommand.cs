using System.Collections.Concurrent;
using System.CommandLine;
using KlingGenerated.Cli.Batch;
using Spectre.Console;

namespace KlingGenerated.Cli.Commands;

/// <summary><c>kling batch jobs.jsonl --out-dir DIR</c>: many tasks, resumable after any interruption.</summary>
internal static class BatchCommand
{
    public static Command Create(CliHost host)
    {
        var jobs = new Argument<string>("jobs")
        {
            Description = "A JSON Lines file: one job per line, {\"route\": ..., and the route's fields}, with an optional \"id\" " +
                "(letters, digits, '-', '_') that names the job's files; without one, a job is known by a hash of its line.",
        };
        var outDir = new Option<string>("--out-dir")
        {
            Description = "The folder for results and the journal that makes re-runs resume. One batch at a time per folder.",
            Required = true,
        };
        var concurrency = new Option<int>("--concurrency") { Description = "How many jobs run at once (default 4).", DefaultValueFactory = _ => 4 };
        var command = new Command("batch", "Run a file of jobs; re-running after an interruption resumes without creating any task twice.") { jobs, outDir, concurrency };
        command.SetAction((parse, cancellationToken) => CommandExecution.RunAsync(parse, host, cancellationToken, async context =>
        {
            var jobsFile = Path.GetFullPath(context.Parse.GetValue(jobs)!, host.CurrentDirectory);
            if (LocalFileKind.DescribeIfNotRegular(jobsFile) is { } kind)
            {
                // Reading a FIFO waits for a writer forever, and a device may never end.
                throw new CliUsageException($"the jobs file {jobsFile} is {kind}, not a regular file; give the path of a JSON Lines file.");
            }

            if (!File.Exists(jobsFile))
            {
                throw new CliUsageException($"the jobs file {jobsFile} does not exist.");
            }

            var parallelism = context.Value(concurrency);
            if (parallelism is < 1 or > 64)
            {
                throw new CliUsageException("--concurrency must be between 1 and 64.");
            }

            var output = Path.GetFullPath(context.Value(outDir), host.CurrentDirectory);
            var lines = BatchJobFile.Read(jobsFile);
            // Held until the run ends, and released by the OS if the process dies: a second run is refused before it sends anything.
            using var folderLock = BatchLock.Acquire(output);
            using var journal = BatchJournal.Open(output);
            context.Reporter.Note($"kling: batch journal {journal.Path}");
            if (journal.EntriesWithoutKey > 0)
            {
                context.Reporter.Note($"kling: the journal holds {journal.EntriesWithoutKey} {(journal.EntriesWithoutKey == 1 ? "entry" : "entries")} " +
                    "from an older kling that knew jobs by line number; they are ignored, so those jobs run again.");
            }

            var runner = new BatchRunner(context, journal, output, Path.GetDirectoryName(jobsFile)!);
            var outcomes = new ConcurrentDictionary<BatchJobLine, BatchJournalEntry>();
            var interrupted = false;
            try
            {
                await Parallel.ForEachAsync(lines, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = context.CancellationToken },
                    async (line, ct) => outcomes[line] = await runner.RunAsync(line, ct).ConfigureAwait(false)).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
            {
                interrupted = true;
            }

            var entries = lines.Select(line => outcomes.GetValueOrDefault(line) ?? Unfinished(line, journal)).ToList();
            var secrets = context.Settings.Secrets.ToList();
            WriteSummary(host, entries, secrets);
            if (interrupted)
            {
                host.Error.WriteLine(InterruptedReport(entries, jobsFile, output, secrets));
            }
            else if (entries.Count(IsOpen) is var open and > 0)
            {
                host.Error.WriteLine($"kling: {open} {(open == 1 ? "job is" : "jobs are")} still open (see the messages above); " +
                    $"re-run the same command to resume: kling batch {Quote(jobsFile)} --out-dir {Quote(output)}");
            }

            return new CommandResult
            {
                Status = interrupted ? "interrupted" : entries.All(e => e.State == BatchJobState.Done) ? "done" : "incomplete",
                Jobs = entries.Select(e => ToResult(e, output, context.Session.Simulated, secrets)).ToList(),
                ExitCode = interrupted ? ExitCodes.Interrupted : ExitCodeOf(entries),
            };
        }));
        return command;
    }

    // A job the run did not finish: where the journal left it, or not started at all.
    private static BatchJournalEntry Unfinished(BatchJobLine line, BatchJournal journal)
    {
        var entry = line.Error is null ? journal.Find(line.Key) : null;
        if (entry is null)
        {
            return new BatchJournalEntry { Key = line.Key, Line = line.Line, State = line.Error is null ? BatchJobState.Pending : BatchJobState.Invalid, Message = line.Error };
        }

        entry.Line = line.Line;
        return entry;
    }

    // A job whose task exists or may exist, and that a re-run picks up.
    private static bool IsOpen(BatchJournalEntry entry) => entry.State is BatchJobState.Creating or BatchJobState.Created or BatchJobState.Succeeded;

    /// <summary>What an interruption leaves behind: the tasks that exist (and are paid for), and how to pick them up.</summary>
    private static string InterruptedReport(IReadOnlyList<BatchJournalEntry> entries, string jobsFile, string output, IReadOnlyList<string> secrets)
    {
        var created = entries.Where(e => e.TaskId is not null && e.State is BatchJobState.Created or BatchJobState.Succeeded).ToList();
        var creating = entries.Where(e => e.State == BatchJobState.Creating).ToList();
        var report = new System.Text.StringBuilder("kling: interrupted; ");
        report.Append(created.Count switch
        {
            0 => "no task of this batch is known to go on on the server",
            1 => "1 task was created and goes on on the server: ",
            _ => $"{created.Count} tasks were created and go on on the server: ",
        });
        report.Append(string.Join("; ", created.Select(e => $"job {e.Key} (line {e.Line}) task {BatchText.Clean(e.TaskId!, secrets)}")));
        if (creating.Count > 0)
        {
            report.Append($". {creating.Count} more may have reached the server (external ids {string.Join(", ", creating.Select(e => e.ExternalTaskId))}); " +
                "a re-run finds them by that id instead of creating them again");
        }

        report.Append($". re-run the same command to resume: kling batch {Quote(jobsFile)} --out-dir {Quote(output)}");
        return report.ToString();
    }

    private static string Quote(string path) => path.Any(c => char.IsWhiteSpace(c) || c is '"' or '\'' or '$' or '`') ? "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'" : path;

    private static CommandResult ToResult(BatchJournalEntry entry, string output, bool simulated, IReadOnlyList<string> secrets)
    {
        var result = new CommandResult
        {
            TaskId = entry.TaskId is null ? null : CommandExecution.Scrub(entry.TaskId, secrets),
            ExternalTaskId = string.IsNullOrEmpty(entry.ExternalTaskId) ? null : entry.ExternalTaskId,
            Status = entry.State.ToString().ToLowerInvariant(),
            Message = entry.Message is null ? null : BatchText.Clean(entry.Message, secrets),
            Simulated = simulated,
            Line = entry.Line,
            Job = entry.Key,
        };
        result.Files.AddRange(entry.Files.Select(f => Path.Combine(output, f)));
        return result;
    }

    private static int ExitCodeOf(IReadOnlyList<BatchJournalEntry> entries) =>
        entries.Any(e => e.State == BatchJobState.Invalid) ? ExitCodes.InvalidInput
        : entries.Any(e => e.State == BatchJobState.Failed) ? ExitCodes.TaskFailed
        : entries.Any(e => e.TimedOut) ? ExitCodes.TimedOut
        : entries.All(e => e.State == BatchJobState.Done) ? ExitCodes.Done
        : ExitCodes.Other;

    private static void WriteSummary(CliHost host, IReadOnlyList<BatchJournalEntry> entries, IReadOnlyList<string> secrets)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(host.Error),
            Ansi = host.ErrorIsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = host.ErrorIsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (!host.ErrorIsTerminal)
        {
            // Redirected output has no width to fit; a log reads better with rows unbroken.
            console.Profile.Width = 200;
        }

        var table = new Table().AddColumns("line", "job", "route", "task", "state", "files or message");
        foreach (var e in entries)
        {
            // Cleaned cell by cell: the table wraps long cells across lines, where a line-by-line scrub would miss a key cut in two.
            table.AddRow(
                Markup.Escape(e.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)), Cell(e.Key ?? "-"), Cell(e.Route),
                Cell(e.TaskId ?? "-"), Cell(e.State.ToString().ToLowerInvariant()),
                Cell(e.Message ?? string.Join(", ", e.Files)));
        }

        console.Write(table);
        host.Error.WriteLine($"{entries.Count(e => e.State == BatchJobState.Done)} of {entries.Count} jobs done.");

        string Cell(string text) => Markup.Escape(BatchText.Clean(text, secrets));
    }
}
