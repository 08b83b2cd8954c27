namespace KlingGenerated;

/// <summary>A change of a task's status seen while waiting, for <see cref="IProgress{T}"/>.</summary>
/// <param name="TaskId">The task's id (the id given, until the server names the task).</param>
/// <param name="Route">The route the task runs on.</param>
/// <param name="Status">The status now.</param>
/// <param name="PreviousStatus">The status before, or null on the first report of a wait.</param>
/// <param name="Elapsed">How long this wait has run.</param>
/// <param name="Polls">How many queries this wait has sent so far.</param>
/// <param name="Task">The task as the server last described it.</param>
public sealed record KlingTaskProgress(
    string TaskId,
    KlingRoute Route,
    KlingTaskStatus Status,
    KlingTaskStatus? PreviousStatus,
    TimeSpan Elapsed,
    int Polls,
    TaskData Task);
