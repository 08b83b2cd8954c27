namespace KlingGenerated;

/// <summary>
/// The task ended as <c>failed</c>, or in one of <see cref="KlingWaitOptions.FailedStatuses"/> (the message
/// then names that status, and <see cref="KlingTaskException.Task"/> carries it). Kling answers such a query with code 0 and message "SUCCEED";
/// the reason is only in <c>task_status_msg</c>, which this exception carries.
/// </summary>
public class KlingTaskFailedException : KlingTaskException
{
    /// <summary>Creates the exception for a failed task.</summary>
    /// <param name="taskId">The task's id.</param>
    /// <param name="route">The route the task ran on.</param>
    /// <param name="task">The failed task.</param>
    public KlingTaskFailedException(string taskId, KlingRoute route, TaskData task)
        : this(taskId, route, task, KnownSecrets.None)
    {
    }

    /// <summary>For a client's operation: the client's own credentials are removed from the reason as well.</summary>
    internal KlingTaskFailedException(string taskId, KlingRoute route, TaskData task, KnownSecrets secrets)
        : this(taskId, route, task, secrets, endStatus: null)
    {
    }

    /// <summary>For a task that reached one of <see cref="KlingWaitOptions.FailedStatuses"/>: the message names that status.</summary>
    internal KlingTaskFailedException(string taskId, KlingRoute route, TaskData task, KnownSecrets secrets, string? endStatus)
        : base(MessageFor(taskId, task, secrets, endStatus), taskId, route, task)
    {
        StatusMessage = string.IsNullOrWhiteSpace(task?.TaskStatusMsg) ? null : secrets.Redact(task.TaskStatusMsg);
    }

    /// <summary>Why the task failed (<c>task_status_msg</c>, with any key-shaped text and the client's own credentials redacted), when the server said.</summary>
    public string? StatusMessage { get; }

    private static string MessageFor(string taskId, TaskData? task, KnownSecrets secrets, string? endStatus)
    {
        var ended = endStatus is null ? "failed" : $"ended as {KlingCodeText.Shorten(endStatus, secrets)}";
        return string.IsNullOrWhiteSpace(task?.TaskStatusMsg)
            ? $"Kling task {taskId} {ended}; the server gave no reason."
            : $"Kling task {taskId} {ended}: {secrets.Redact(task.TaskStatusMsg)}";
    }
}
