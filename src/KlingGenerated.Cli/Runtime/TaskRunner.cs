namespace KlingGenerated.Cli;

/// <summary>The shared flow of every command that touches a task: create, wait with progress, save.</summary>
internal sealed class TaskRunner(KlingSession session, CliSettings settings, ConsoleReporter reporter)
{
    /// <summary>The task the command is working on, so an interruption can name it.</summary>
    public string? CurrentTaskId { get; private set; }

    public KlingRoute? CurrentRoute { get; private set; }

    public async Task<CommandResult> CreateAsync(KlingRoute route, IKlingCreateRequest request, SaveTarget target, bool wait, CancellationToken cancellationToken)
    {
        CurrentRoute = route;
        reporter.Status($"{RouteNames.Of(route)}: sending the request");
        var operation = await session.Client.StartAsync(request, cancellationToken).ConfigureAwait(false);
        CurrentTaskId = operation.Id;
        reporter.Note($"kling: created {RouteNames.Of(route)} task {operation.Id} (external id {request.ExternalTaskId})");
        if (!wait)
        {
            return CommandResult.From(operation.LatestTask, session.Simulated);
        }

        var task = await operation.WaitForCompletionAsync(settings.WaitOptions(), Progress(route), cancellationToken).ConfigureAwait(false);
        return await SaveAsync(task, target, cancellationToken).ConfigureAwait(false);
    }

    public async Task<CommandResult> WaitAsync(KlingRoute route, string taskId, SaveTarget target, CancellationToken cancellationToken)
    {
        (CurrentRoute, CurrentTaskId) = (route, taskId);
        var task = await session.Client.WaitForTaskAsync(route, taskId, settings.WaitOptions(), Progress(route), cancellationToken).ConfigureAwait(false);
        return await SaveAsync(task, target, cancellationToken).ConfigureAwait(false);
    }

    public async Task<CommandResult> SaveAsync(TaskData task, SaveTarget target, CancellationToken cancellationToken)
    {
        var result = CommandResult.From(task, session.Simulated);
        var progress = new InlineProgress<KlingDownloadProgress>(p => reporter.Status($"downloading {Path.GetFileName(p.FilePath ?? "result")}: {p.BytesReceived / 1024} KiB"));
        var saved = target.File is not null
            ? [await session.Downloader.SaveResultToFileAsync(task, target.File, null, progress, cancellationToken).ConfigureAwait(false)]
            : await session.Downloader.SaveResultAsync(task, target.Folder, null, progress, cancellationToken).ConfigureAwait(false);
        result.Files.AddRange(saved.Select(f => f.Path));
        foreach (var file in saved)
        {
            reporter.Note($"kling: saved {file.Path}");
        }

        return result;
    }

    private InlineProgress<KlingTaskProgress> Progress(KlingRoute route) =>
        new(p => reporter.Status($"{RouteNames.Of(route)} task {p.TaskId}: {p.Status.ToString().ToLowerInvariant()} ({p.Polls} {(p.Polls == 1 ? "query" : "queries")})"));
}
