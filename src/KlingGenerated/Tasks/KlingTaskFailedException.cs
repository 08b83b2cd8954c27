namespace KlingGenerated;

/// <summary>
/// The task ended as <c>failed</c>. Kling answers such a query with code 0 and message "SUCCEED";
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
        : base(MessageFor(taskId, task, secrets), taskId, route, task)
    {
        StatusMessage = string.IsNullOrWhiteSpace(task?.TaskStatusMsg) ? null : secrets.Redact(task.TaskStatusMsg);
    }

    /// <summary>Why the task failed (<c>task_status_msg</c>, with any key-shaped text and the client's own credentials redacted), when the server said.</summary>
    public string? StatusMessage { get; }

    private static string MessageFor(string taskId, TaskData? task, KnownSecrets secrets) =>
        string.IsNullOrWhiteSpace(task?.TaskStatusMsg)
            ? $"Kling task {taskId} failed; the server gave no reason."
            : $"Kling task {taskId} failed: {secrets.Redact(task.TaskStatusMsg)}";
}
