using System.CommandLine;
using KlingGenerated.Cli.Batch;
using Spectre.Console;

namespace KlingGenerated.Cli.Commands;

/// <summary><c>kling batch jobs.jsonl --out-dir DIR</c>: many tasks, resumable after any interruption.</summary>
internal static class BatchCommand
{
    public static Command Create(CliHost host)
    {
        var jobs = new Argument<string>("jobs") { Description = "A JSON Lines file: one job per line, {\"route\": ..., and the route's fields}." };
        var outDir = new Option<string>("--out-dir") { Description = "The folder for results and the journal that makes re-runs resume.", Required = true };
        var concurrency = new Option<int>("--concurrency") { Description = "How many jobs run at once (default 4).", DefaultValueFactory = _ => 4 };
        var command = new Command("batch", "Run a file of jobs; re-running after an interruption resumes without creating any task twice.") { jobs, outDir, concurrency };
        command.SetAction((parse, cancellationToken) => CommandExecution.RunAsync(parse, host, cancellationToken, async context =>
        {
            var jobsFile = Path.GetFullPath(context.Parse.GetValue(jobs)!, host.CurrentDirectory);
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
            using var journal = BatchJournal.Open(output);
            context.Reporter.Note($"kling: batch journal {journal.Path}");
            var runner = new BatchRunner(context, journal, output, Path.GetDirectoryName(jobsFile)!);
            var lines = BatchJob.ReadLines(jobsFile).ToList();
            await Parallel.ForEachAsync(lines, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = context.CancellationToken },
                async (line, ct) => await runner.RunAsync(line.Line, line.Text, ct).ConfigureAwait(false)).ConfigureAwait(false);

            var entries = journal.All().Where(e => lines.Any(l => l.Line == e.Line)).ToList();
            WriteSummary(host, entries);
            return new CommandResult
            {
                Status = entries.All(e => e.State == BatchJobState.Done) ? "done" : "incomplete",
                Jobs = entries.Select(e => ToResult(e, output, context.Session.Simulated)).ToList(),
                ExitCode = ExitCodeOf(entries),
            };
        }));
        return command;
    }

    private static CommandResult ToResult(BatchJournalEntry entry, string output, bool simulated)
    {
        var result = new CommandResult
        {
            TaskId = entry.TaskId,
            ExternalTaskId = entry.ExternalTaskId,
            Status = entry.State.ToString().ToLowerInvariant(),
            Message = entry.Message,
            Simulated = simulated,
            Line = entry.Line,
        };
        result.Files.AddRange(entry.Files.Select(f => Path.Combine(output, f)));
        return result;
    }

    private static int ExitCodeOf(IReadOnlyList<BatchJournalEntry> entries) =>
        entries.Any(e => e.State == BatchJobState.Invalid) ? ExitCodes.InvalidInput
        : entries.Any(e => e.State == BatchJobState.Failed) ? ExitCodes.TaskFailed
        : ExitCodes.Done;

    private static void WriteSummary(CliHost host, IReadOnlyList<BatchJournalEntry> entries)
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

        var table = new Table().AddColumns("line", "route", "task", "state", "files or message");
        foreach (var e in entries)
        {
            table.AddRow(
                Markup.Escape(e.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)), Markup.Escape(e.Route), Markup.Escape(e.TaskId ?? "-"),
                Markup.Escape(e.State.ToString().ToLowerInvariant()), Markup.Escape(e.Message ?? string.Join(", ", e.Files)));
        }

        console.Write(table);
        host.Error.WriteLine($"{entries.Count(e => e.State == BatchJobState.Done)} of {entries.Count} jobs done.");
    }
}
