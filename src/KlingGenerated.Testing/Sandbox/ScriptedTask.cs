namespace KlingGenerated.Testing;

/// <summary>A task scripted ahead of its create: the id the sandbox will give it, known before the create is sent.</summary>
public sealed class ScriptedTask
{
    internal ScriptedTask(KlingRoute route, string taskId)
    {
        Route = route;
        TaskId = taskId;
    }

    /// <summary>The route whose next create makes this task.</summary>
    public KlingRoute Route { get; }

    /// <summary>The task_id the create will return.</summary>
    public string TaskId { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Route} task {TaskId}";
}
