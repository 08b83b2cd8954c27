namespace KlingGenerated;

/// <summary>
/// The wait ran out of time before the task ended. The task itself keeps running on the server:
/// resume with <see cref="KlingTaskException.TaskId"/> or <see cref="RehydrationToken"/>.
/// </summary>
public class KlingTaskTimeoutException : KlingTaskException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="taskId">The task's id.</param>
    /// <param name="route">The route the task runs on.</param>
    /// <param name="task">The task as last seen, if it was seen.</param>
    /// <param name="timeout">The limit that was reached.</param>
    /// <param name="rehydrationToken">A token that resumes the wait (see <see cref="KlingClient.RehydrateTaskOperation"/>).</param>
    /// <param name="innerException">The last poll error, when the last poll failed.</param>
    public KlingTaskTimeoutException(string taskId, KlingRoute route, TaskData? task, TimeSpan timeout, string rehydrationToken, Exception? innerException = null)
        : base($"Kling task {taskId} did not finish within {timeout} (last status: {task?.Status.ToString() ?? "never seen"}). It keeps running; wait again with its id.",
            taskId, route, task, innerException)
    {
        Timeout = timeout;
        RehydrationToken = rehydrationToken;
    }

    /// <summary>The limit that was reached.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>The status last seen; <see cref="KlingTaskStatus.Unknown"/> if the task was never seen.</summary>
    public KlingTaskStatus LastStatus => Task?.Status ?? KlingTaskStatus.Unknown;

    /// <summary>A token that resumes the wait in this or another process.</summary>
    public string RehydrationToken { get; }
}
