namespace KlingGenerated;

/// <summary>
/// The task reports <c>succeed</c> but carries no result of the kind its route makes (no video URL,
/// or no image URL). The message names what was wrong when the server sent something: a result URL that is
/// not absolute (by its field, <c>task_result.videos[0].url</c>), a part of the result of the wrong shape
/// (<c>task_result</c> sent as <c>[]</c>, <c>videos</c> as a string), or result arrays this client does not read
/// (<c>task_result.audios</c>). Nothing can be saved; query the task again later, or report it with its id.
/// </summary>
public class KlingTaskResultMissingException : KlingTaskException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="taskId">The task's id.</param>
    /// <param name="route">The route the task ran on.</param>
    /// <param name="task">The task as the server described it.</param>
    public KlingTaskResultMissingException(string taskId, KlingRoute route, TaskData task)
        : base($"Kling task {taskId} reports success but carries no {(route.ProducesVideo() ? "video" : "image")} URL"
            + (task?.ResultProblem(route.ProducesVideo() ? "videos" : "images") is { } problem ? $" ({problem})." : "."), taskId, route, task)
    {
    }
}
