namespace KlingGenerated.Cli;

/// <summary>The shared flow of every command that touches a task: create, wait with progress, save.</summary>
internal sealed class TaskRunner(KlingSession session, CliSettings settings, ConsoleReporter reporter)
{
    /// <summary>The most results a task can have (Kling's largest n); more from a server are ignored.</summary>
    public const int MaxResults = 9;

    /// <summary>The task the command is working on, so an interruption can name it.</summary>
    public string? CurrentTaskId { get; private set; }

    public KlingRoute? CurrentRoute { get; private set; }

    /// <summary>The external id of the create this command sent, known before it is sent.</summary>
    public string? CurrentExternalTaskId { get; private set; }

    public CreateStage Stage { get; private set; } = CreateStage.NotSent;

    /// <summary>Where the result goes, for the command that saves it again.</summary>
    public SaveTarget? CurrentTarget { get; private set; }

    /// <summary>Creates the task, then (with a target) waits for it and saves its results.</summary>
    public async Task<CommandResult> CreateAsync(KlingRoute route, IKlingCreateRequest request, SaveTarget? target, CancellationToken cancellationToken,
        int maxResults = 1)
    {
        (CurrentRoute, CurrentTarget) = (route, target);
        // Every local check runs before anything is sent; the external id is fixed now, so an
        // interrupted or unreadable create can still be found by it.
        KlingRequestValidator.ThrowIfInvalid(request, settings.CheckModelCapabilities);
        if (string.IsNullOrWhiteSpace(request.ExternalTaskId))
        {
            request.ExternalTaskId = ExternalTaskIds.New();
        }

        CurrentExternalTaskId = request.ExternalTaskId;
        cancellationToken.ThrowIfCancellationRequested();
        reporter.Status($"{RouteNames.Of(route)}: sending the request");
        Stage = CreateStage.Sent;
        var operation = await session.Client.SubmitAsync(WaitUntil.Started, request, cancellationToken: cancellationToken).ConfigureAwait(false);
        (CurrentTaskId, Stage) = (operation.Id, CreateStage.Created);
        reporter.Note($"kling: created {RouteNames.Of(route)} task {operation.Id} (external id {request.ExternalTaskId})");
        if (target is null)
        {
            return CommandResult.From(operation.LatestTask, session.Simulated);
        }

        var task = await operation.WaitForCompletionAsync(settings.WaitOptions(), Progress(route), cancellationToken).ConfigureAwait(false);
        return await SaveAsync(task, target, maxResults, cancellationToken).ConfigureAwait(false);
    }

    public async Task<CommandResult> WaitAsync(KlingRoute route, string taskId, SaveTarget target, CancellationToken cancellationToken)
    {
        (CurrentRoute, CurrentTaskId, CurrentTarget) = (route, taskId, target);
        var task = await session.Client.GetTaskOperation(route, taskId).WaitForCompletionAsync(settings.WaitOptions(), Progress(route), cancellationToken).ConfigureAwait(false);
        return await SaveAsync(task, target, MaxResults, cancellationToken).ConfigureAwait(false);
    }

    public async Task<CommandResult> SaveAsync(TaskData task, SaveTarget target, int maxResults, CancellationToken cancellationToken)
    {
        CurrentTaskId = task.TaskId ?? CurrentTaskId;
        var ignored = KeepFirstResults(task, maxResults);
        if (ignored > 0)
        {
            reporter.Note($"kling: the server returned {maxResults + ignored} results where {maxResults} were asked for; saving {maxResults}, ignoring {ignored}.");
        }

        var result = CommandResult.From(task, session.Simulated);
        var progress = new InlineProgress<KlingDownloadProgress>(p => reporter.Status(
            $"downloading {Path.GetFileName(p.FilePath ?? "result")}: {p.BytesReceived / 1024} KiB{(p.TotalBytes is > 0 and var total ? $" of {total / 1024} KiB" : string.Empty)}",
            topic: p.FilePath ?? p.Source.ToString(),
            fraction: p.TotalBytes is > 0 and var all ? (double)p.BytesReceived / all : null));
        var options = new KlingDownloadOptions { Overwrite = target.Overwrite };
        IReadOnlyList<KlingSavedFile> saved;
        try
        {
            if (target.File is not null && !target.Overwrite && File.Exists(target.File))
            {
                throw new IOException($"{target.File} already exists (it appeared while the task ran).");
            }

            saved = target.File is not null
                ? [await session.Downloader.SaveResultToFileAsync(task, target.File, options, progress, cancellationToken).ConfigureAwait(false)]
                : await session.Downloader.SaveResultAsync(task, target.Folder, options, progress, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or HttpRequestException && CurrentRoute is { } route && task.TaskId is { } id)
        {
            throw new ResultNotSavedException(id, route, target, e);
        }

        result.Files.AddRange(saved.Select(f => f.Path));
        foreach (var file in saved)
        {
            reporter.Note($"kling: saved {file.Path}");
        }

        return result;
    }

    // A server that answers more results than were asked for (500 images for n=1) gets the first ones saved, in index order.
    private static int KeepFirstResults(TaskData task, int maxResults)
    {
        var extra = 0;
        if (task.TaskResult?.Videos is { } videos && videos.Count(v => !string.IsNullOrEmpty(v?.Url)) > maxResults)
        {
            var kept = videos.Where(v => !string.IsNullOrEmpty(v?.Url)).Take(maxResults).ToList();
            extra += videos.Count(v => !string.IsNullOrEmpty(v?.Url)) - kept.Count;
            task.TaskResult.Videos = kept;
        }

        if (task.TaskResult?.Images is { } images && images.Count(i => !string.IsNullOrEmpty(i?.Url)) > maxResults)
        {
            var withUrl = images.Where(i => !string.IsNullOrEmpty(i?.Url)).ToList();
            var kept = withUrl.Select((image, position) => (image, index: image.Index ?? position)).OrderBy(p => p.index).Take(maxResults).Select(p => p.image).ToList();
            extra += withUrl.Count - kept.Count;
            task.TaskResult.Images = kept;
        }

        return extra;
    }

    private InlineProgress<KlingTaskProgress> Progress(KlingRoute route) =>
        new(p => reporter.Status(
            $"{RouteNames.Of(route)} task {p.TaskId}: {p.Status.ToString().ToLowerInvariant()} ({p.Polls} {(p.Polls == 1 ? "query" : "queries")})",
            topic: $"{p.TaskId} {p.Status}"));
}
