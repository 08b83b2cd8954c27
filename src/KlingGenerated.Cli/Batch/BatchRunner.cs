namespace KlingGenerated.Cli.Batch;

/// <summary>
/// Runs a jobs file against one session, N jobs at a time, recording every step in the journal
/// before moving on, so that any interruption resumes exactly where it stopped.
/// </summary>
internal sealed class BatchRunner(CommandContext context, BatchJournal journal, string outputFolder, string jobsFolder)
{
    private readonly KlingClient _client = context.Session.Client;

    public async Task<BatchJournalEntry> RunAsync(int line, string text, CancellationToken cancellationToken)
    {
        var entry = journal.Find(line);
        if (entry is { State: BatchJobState.Done or BatchJobState.Failed or BatchJobState.Invalid })
        {
            context.Reporter.Detail($"line {line}: already {entry.State.ToString().ToLowerInvariant()}, skipped");
            return entry;
        }

        BatchJob job;
        try
        {
            job = BatchJob.Parse(line, text, jobsFolder, context.Host);
            KlingRequestValidator.ThrowIfInvalid(job.Request);
        }
        catch (Exception e) when (e is CliUsageException or ArgumentException)
        {
            return Record(entry ?? new BatchJournalEntry { Line = line }, BatchJobState.Invalid, e.Message);
        }

        var resumed = entry is not null;
        entry ??= Record(new BatchJournalEntry
        {
            Line = line,
            Route = RouteNames.Of(job.Route),
            ExternalTaskId = string.IsNullOrWhiteSpace(job.Request.ExternalTaskId) ? ExternalTaskIds.New() : job.Request.ExternalTaskId,
        }, BatchJobState.Creating);
        try
        {
            if (entry.State == BatchJobState.Creating)
            {
                entry = await CreateAsync(job, entry, resumed, cancellationToken).ConfigureAwait(false);
            }

            var task = await _client.WaitForTaskAsync(job.Route, entry.TaskId!, context.Settings.WaitOptions(), null, cancellationToken).ConfigureAwait(false);
            if (entry.State == BatchJobState.Created)
            {
                entry = Record(entry, BatchJobState.Succeeded);
            }

            // A crash after a file was renamed but before "done" was recorded leaves a complete file: replace it.
            var saved = await context.Session.Downloader.SaveResultAsync(task, outputFolder, new KlingDownloadOptions { Overwrite = true }, null, cancellationToken).ConfigureAwait(false);
            entry.Files = saved.Select(f => Path.GetRelativePath(outputFolder, f.Path)).ToList();
            context.Reporter.Note($"line {line}: task {entry.TaskId} done, saved {string.Join(", ", entry.Files)}");
            return Record(entry, BatchJobState.Done);
        }
        catch (Exception e) when (e is KlingTaskFailedException or KlingApiException { IsRetryable: false } or KlingTaskResultMissingException)
        {
            context.Reporter.Note($"line {line}: {e.Message}");
            return Record(entry, BatchJobState.Failed, e.Message);
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

        context.Reporter.Note($"line {entry.Line}: task {entry.TaskId} ({(existing is null ? "created" : "found again")})");
        return Record(entry, BatchJobState.Created);
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

    private BatchJournalEntry Record(BatchJournalEntry entry, BatchJobState state, string? message = null)
    {
        entry.State = state;
        entry.Message = message;
        journal.Record(entry);
        return entry;
    }
}
