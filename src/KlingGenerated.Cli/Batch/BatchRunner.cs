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
            KlingRequestValidator.ThrowIfInvalid(job.Request, context.Settings.CheckModelCapabilities);
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
        if (entry.State == BatchJobState.Creating)
        {
            entry = await CreateAsync(job, entry, resumed, cancellationToken).ConfigureAwait(false);
            if (entry.State != BatchJobState.Created)
            {
                // Refused for good, or not known to exist: either way there is nothing to wait for in this run.
                return entry;
            }
        }

        try
        {
            var task = await _client.GetTaskOperation(job.Route, entry.TaskId!).WaitForCompletionAsync(context.Settings.WaitOptions(), null, cancellationToken).ConfigureAwait(false);
            return await SaveAsync(line, entry, task, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is KlingTaskFailedException or KlingTaskResultMissingException)
        {
            // Only the task itself says it failed: everything else about a paid task is worth another look.
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
        catch (Exception e) when (!IsCancellation(e, cancellationToken))
        {
            // The task exists and is paid for: whatever went wrong while waiting (a refused or unreadable query,
            // the network), the job stays open for a re-run, and the other jobs go on.
            var message = Clean($"task {entry.TaskId} exists, but waiting for it failed: {e.Message} It goes on on the server; re-run the same command to resume.");
            context.Reporter.Note($"{line}: {message}");
            return Record(entry, entry.State, message);
        }
    }

    private async Task<BatchJournalEntry> CreateAsync(BatchJob job, BatchJournalEntry entry, bool resumed, CancellationToken cancellationToken)
    {
        TaskData? existing = null;
        if (resumed)
        {
            // A resumed job may have reached the server before the interruption: find it by its external id first.
            var lookup = await FindAsync(job.Route, entry.ExternalTaskId, cancellationToken).ConfigureAwait(false);
            if (lookup.Unknown is { } why)
            {
                // Not provably absent: creating it again could pay twice, so the job waits for a lookup that answers.
                return StillCreating(job.Line, entry, $"looking up external id {entry.ExternalTaskId} did not say whether its task exists: {why} " +
                    "The task may exist, so it was not created again; re-run the same command to resume.");
            }

            existing = lookup.Found;
        }

        if (existing is null)
        {
            job.Request.ExternalTaskId = entry.ExternalTaskId;
            try
            {
                var operation = await _client.SubmitAsync(WaitUntil.Started, job.Request, cancellationToken: cancellationToken).ConfigureAwait(false);
                entry.TaskId = operation.Id;
            }
            catch (KlingApiException e) when (IsFinalRefusal(e))
            {
                var message = Clean(e.Message);
                context.Reporter.Note($"{job.Line}: {message}");
                return Record(entry, BatchJobState.Failed, message);
            }
            catch (KlingApiException e) when (e is { IsUnreadable: false, KlingCode: 1302 or 1303 })
            {
                // Kling sends these instead of creating anything.
                return StillCreating(job.Line, entry, $"{e.Message} No task was created; re-run the same command to try again.");
            }
            catch (ArgumentException e)
            {
                // Refused by the client before sending (an image file that went missing, say): no task was made.
                return StillCreating(job.Line, entry, $"{e.Message} Nothing was sent; re-run the same command to try again.");
            }
            catch (Exception e) when (!IsCancellation(e, cancellationToken))
            {
                // An answer that could not be read, a server error, a connection lost after sending: the create may
                // have made a task. The job stays "creating", so a re-run looks it up by its external id first.
                return StillCreating(job.Line, entry, $"the create's outcome is not known: {e.Message} The task may exist: external id {entry.ExternalTaskId}; " +
                    "re-run the same command to resume (it finds the task by that id before creating anything).");
            }
        }
        else
        {
            entry.TaskId = existing.TaskId;
        }

        entry.TaskId = Scrub(entry.TaskId);
        context.Reporter.Note($"{job.Line}: task {Clean(entry.TaskId ?? "-")} ({(existing is null ? "created" : "found again")})");
        return Record(entry, BatchJobState.Created);
    }

    // The API looked at the request and said no for good, in its own JSON (a Kling code it documents, or a 4xx):
    // no task was made. A server error, an unknown code or a proxy's page says nothing about whether the create went through.
    private static bool IsFinalRefusal(KlingApiException e) =>
        e is { IsUnreadable: false, IsRetryable: false, RawKlingCode: null, AnsweredInJson: true }
        && (e.StatusCode is >= 400 and < 500 || e.Category is not (KlingErrorCategory.Server or KlingErrorCategory.Unknown));

    private static bool IsCancellation(Exception e, CancellationToken cancellationToken) =>
        e is OperationCanceledException && cancellationToken.IsCancellationRequested;

    private BatchJournalEntry StillCreating(BatchJobLine line, BatchJournalEntry entry, string text)
    {
        var message = Clean(text);
        context.Reporter.Note($"{line}: {message}");
        return Record(entry, BatchJobState.Creating, message);
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

        context.Reporter.Note($"{line}: task {Clean(entry.TaskId ?? "-")} done, saved {string.Join(", ", files)}");
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

    /// <summary>
    /// Whether a task with this external id exists. Absent only when Kling says so (code 1203, or its JSON
    /// answer to a 404); a proxy's page, an answer without a task, a refusal of the lookup itself or a lost
    /// connection leave it unknown.
    /// </summary>
    private async Task<Lookup> FindAsync(KlingRoute route, string externalTaskId, CancellationToken cancellationToken)
    {
        try
        {
            var task = await _client.GetTaskOperation(route, externalTaskId).UpdateStatusAsync(cancellationToken).ConfigureAwait(false);
            return string.IsNullOrEmpty(task.TaskId) ? new Lookup(null, "the answer named no task.") : new Lookup(task, null);
        }
        catch (KlingApiException e) when (TaskAbsence.IsProvenBy(e))
        {
            return new Lookup(null, null);
        }
        catch (Exception e) when (!IsCancellation(e, cancellationToken))
        {
            return new Lookup(null, e.Message);
        }
    }

    private readonly record struct Lookup(TaskData? Found, string? Unknown);

    private string Clean(string text) => BatchText.Clean(text, context.Settings.Secrets);

    private string? Scrub(string? text) => text is null ? null : CommandExecution.Scrub(text, context.Settings.Secrets);

    private static string Name(BatchJobState state) => state.ToString().ToLowerInvariant();

    private BatchJournalEntry Record(BatchJournalEntry entry, BatchJobState state, string? message = null)
    {
        // Whatever the server chose (its task id, its messages) is written without any key in it.
        entry.State = state;
        entry.TaskId = Scrub(entry.TaskId);
        entry.Message = message is null ? null : Clean(message);
        journal.Record(entry);
        return entry;
    }
}
