namespace KlingGenerated.Cli.Batch;

/// <summary>
/// Runs a jobs file against one session, N jobs at a time, recording every step in the journal
/// before moving on, so that any interruption resumes exactly where it stopped. Files are named
/// from the job, never from the server, and only a file the journal says the job saved is replaced.
/// </summary>
internal sealed class BatchRunner(CommandContext context, BatchJournal journal, string outputFolder, string jobsFolder)
{
    private readonly KlingClient _client = context.Session.Client;

    public async Task<BatchJournalEntry> RunAsync(BatchJobLine line, CancellationToken cancellationToken)
    {
        var entry = line.Error is null ? journal.Find(line.Key) : null;
        if (entry is { State: BatchJobState.Done or BatchJobState.Failed })
        {
            entry.Line = line.Line;
            if (entry.Content is not null && entry.Content != line.Content)
            {
                context.Reporter.Note($"{line}: the line changed since the job was {Name(entry.State)}; it stays {Name(entry.State)} " +
                    $"(give it a new \"{BatchJobLine.IdField}\" to run it again).");
            }
            else
            {
                context.Reporter.Detail($"{line}: already {Name(entry.State)}, skipped");
            }

            return entry;
        }

        BatchJob job;
        try
        {
            job = BatchJob.Parse(line, jobsFolder, context.Host);
            KlingRequestValidator.ThrowIfInvalid(job.Request);
        }
        catch (Exception e) when (e is CliUsageException or ArgumentException)
        {
            // Not recorded: the line is checked again on every run, so fixing it is enough.
            var message = Clean(e.Message);
            context.Reporter.Note($"{line}: invalid: {message}");
            return new BatchJournalEntry { Key = line.Key, Line = line.Line, Content = line.Content, State = BatchJobState.Invalid, Message = message };
        }

        var resumed = entry is not null;
        entry ??= Record(new BatchJournalEntry
        {
            Key = line.Key,
            Line = line.Line,
            Content = line.Content,
            Route = RouteNames.Of(job.Route),
            ExternalTaskId = string.IsNullOrWhiteSpace(job.Request.ExternalTaskId) ? ExternalTaskIds.New() : job.Request.ExternalTaskId,
        }, BatchJobState.Creating);
        entry.Line = line.Line;
        try
        {
            if (entry.State == BatchJobState.Creating)
            {
                entry = await CreateAsync(job, entry, resumed, cancellationToken).ConfigureAwait(false);
            }

            var task = await _client.WaitForTaskAsync(job.Route, entry.TaskId!, context.Settings.WaitOptions(), null, cancellationToken).ConfigureAwait(false);
            return await SaveAsync(line, entry, task, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is KlingTaskFailedException or KlingApiException { IsRetryable: false } or KlingTaskResultMissingException)
        {
            var message = Clean(e.Message);
            context.Reporter.Note($"{line}: {message}");
            return Record(entry, BatchJobState.Failed, message);
        }
        catch (KlingTaskTimeoutException e) when (!cancellationToken.IsCancellationRequested)
        {
            // One slow task does not stop the others; it stays open, and a re-run waits for it again.
            var message = Clean($"gave up waiting for task {e.TaskId} after {e.Timeout.TotalSeconds:0.#} s; it goes on on the server. Re-run the same command to resume.");
            context.Reporter.Note($"{line}: {message}");
            var open = Record(entry, entry.State, message);
            open.TimedOut = true;
            return open;
        }
    }

    private async Task<BatchJournalEntry> CreateAsync(BatchJob job, BatchJournalEntry entry, bool resumed, CancellationToken cancellationToken)
    {
        // A resumed job may have reached the server before the interruption: find it by its external id first.
        var existing = resumed ? await FindAsync(job.Route, entry.ExternalTaskId, cancellationToken).ConfigureAwait(false) : null;
        if (existing is null)
        {
            job.Request.ExternalTaskId = entry.ExternalTaskId;
            var operation = await _client.StartTaskAsync(job.Request, cancellationToken).ConfigureAwait(false);
            entry.TaskId = operation.Id;
        }
        else
        {
            entry.TaskId = existing.TaskId;
        }

        context.Reporter.Note($"{job.Line}: task {TerminalText.Neutralise(entry.TaskId ?? "-")} ({(existing is null ? "created" : "found again")})");
        return Record(entry, BatchJobState.Created);
    }

    private async Task<BatchJournalEntry> SaveAsync(BatchJobLine line, BatchJournalEntry entry, TaskData task, CancellationToken cancellationToken)
    {
        List<string> files;
        try
        {
            var targets = KlingResultDownloader.ResultTargets(task);
            // The names are recorded before any byte arrives: after a crash they are this job's to replace.
            files = Plan(line.Key, targets, entry);
            entry.Files = files;
            Record(entry, BatchJobState.Succeeded);
            for (var i = 0; i < targets.Count; i++)
            {
                var path = SafeFileName.InFolder(outputFolder, files[i]);
                await context.Session.Downloader.DownloadToFileAsync(targets[i].Url, path, task.TaskId, new KlingDownloadOptions { Overwrite = true }, null, cancellationToken)
                    .ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is IOException or FormatException or ArgumentException or UnauthorizedAccessException && !cancellationToken.IsCancellationRequested)
        {
            // The task is paid for and goes on existing: the job stays open, and a re-run saves it.
            var message = Clean($"task {task.TaskId} succeeded, but its result could not be saved: {e.Message} Re-run the same command to try again.");
            context.Reporter.Note($"{line}: {message}");
            return Record(entry, entry.State == BatchJobState.Created ? BatchJobState.Created : BatchJobState.Succeeded, message);
        }

        context.Reporter.Note($"{line}: task {TerminalText.Neutralise(entry.TaskId ?? "-")} done, saved {string.Join(", ", files)}");
        return Record(entry, BatchJobState.Done);
    }

    /// <summary>
    /// The file names of a job's results: "{key}.ext" for one result, "{key}.{n}.ext" for several, by
    /// position (so repeated indexes never share a name). Keys hold no '.' or '~', so no two jobs' names
    /// meet; a name taken by a file this job did not save gets "~2", "~3" ... instead.
    /// </summary>
    private List<string> Plan(string key, IReadOnlyList<KlingResultTarget> targets, BatchJournalEntry entry)
    {
        var own = new HashSet<string>(entry.Files, StringComparer.Ordinal);
        var planned = new List<string>(targets.Count);
        for (var i = 0; i < targets.Count; i++)
        {
            var stem = targets.Count == 1 ? key : $"{key}.{i.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
            var extension = SafeFileName.ResultExtension(targets[i].Url, targets[i].IsVideo);
            var name = stem + extension;
            for (var n = 2; !own.Contains(name) && Taken(name); n++)
            {
                name = $"{stem}~{n.ToString(System.Globalization.CultureInfo.InvariantCulture)}{extension}";
            }

            planned.Add(name);
        }

        return planned;
    }

    private bool Taken(string name)
    {
        var path = SafeFileName.InFolder(outputFolder, name);
        return File.Exists(path) || Directory.Exists(path);
    }

    private async Task<TaskData?> FindAsync(KlingRoute route, string externalTaskId, CancellationToken cancellationToken)
    {
        try
        {
            var task = await _client.GetTaskOperation(route, externalTaskId).UpdateStatusAsync(cancellationToken).ConfigureAwait(false);
            return string.IsNullOrEmpty(task.TaskId) ? null : task;
        }
        catch (KlingApiException e) when (e.StatusCode == 404 || e.KlingCode == 1203)
        {
            return null;
        }
    }

    private string Clean(string text) => BatchText.Clean(text, context.Settings.Secrets);

    private static string Name(BatchJobState state) => state.ToString().ToLowerInvariant();

    private BatchJournalEntry Record(BatchJournalEntry entry, BatchJobState state, string? message = null)
    {
        entry.State = state;
        entry.Message = message;
        journal.Record(entry);
        return entry;
    }
}
