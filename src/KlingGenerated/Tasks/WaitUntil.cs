namespace KlingGenerated;

/// <summary>
/// When a create method returns its <see cref="KlingTaskOperation"/>, as Azure's <c>WaitUntil</c>: at once,
/// or once the task has ended.
/// </summary>
public enum WaitUntil
{
    /// <summary>As soon as the task is created; wait on the operation later, or resume it elsewhere.</summary>
    Started,

    /// <summary>When the task has succeeded; a failed task throws <see cref="KlingTaskFailedException"/>.</summary>
    Completed,
}
