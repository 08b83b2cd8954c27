namespace KlingGenerated.Cli;

/// <summary>A task ended well but its result could not be written; the task id lets it be saved again.</summary>
internal sealed class ResultNotSavedException(string taskId, KlingRoute route, SaveTarget target, Exception innerException)
    : Exception(innerException.Message, innerException)
{
    public string TaskId { get; } = taskId;

    public KlingRoute Route { get; } = route;

    public SaveTarget Target { get; } = target;

    /// <summary>Whether a file in the way stopped the save (so the command to save again needs --overwrite).</summary>
    public bool FileExists => InnerException is IOException and not KlingDownloadException
        && InnerException.Message.Contains("exists", StringComparison.OrdinalIgnoreCase);
}
