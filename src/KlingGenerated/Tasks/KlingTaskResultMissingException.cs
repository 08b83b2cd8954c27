namespace KlingGenerated;

/// <summary>
/// The task reports <c>succeed</c> but carries no result of the kind its route makes (no video URL,
/// or no image URL). Nothing can be saved; query the task again later, or report it with its id.
/// </summary>
public class KlingTaskResultMissingException : KlingTaskException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="taskId">The task's id.</param>
    /// <param name="route">The route the task ran on.</param>
    /// <param name="task">The task as the server described it.</param>
    public KlingTaskResultMissingException(string taskId, KlingRoute route, TaskData task)
        : base($"Kling task {taskId} reports success but carries no {(route.ProducesVideo() ? "video" : "image")} URL"
            + (task?.MalformedResultUrlField() is { } field ? $" ({field} is not an absolute URL)." : "."), taskId, route, task)
    {
    }
}
