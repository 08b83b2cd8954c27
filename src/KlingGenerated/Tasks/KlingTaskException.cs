namespace KlingGenerated;

/// <summary>
/// A wait for a Kling task ended without a usable result. Carries what is needed to find the task
/// again: its id, external id and route.
/// </summary>
public class KlingTaskException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="taskId">The task's id (or the id the wait was given, if the server never named the task).</param>
    /// <param name="route">The route the task runs on.</param>
    /// <param name="task">The task as last seen, if it was seen.</param>
    /// <param name="innerException">The cause, if any.</param>
    public KlingTaskException(string message, string taskId, KlingRoute route, TaskData? task, Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentException.ThrowIfNullOrEmpty(taskId);
        TaskId = taskId;
        Route = route;
        Task = task;
    }

    /// <summary>The task's id.</summary>
    public string TaskId { get; }

    /// <summary>The caller's id for the task, when known.</summary>
    public string? ExternalTaskId => Task?.TaskInfo?.ExternalTaskId;

    /// <summary>The route the task runs on.</summary>
    public KlingRoute Route { get; }

    /// <summary>The task as the server last described it, if it was seen.</summary>
    public TaskData? Task { get; }
}
