namespace KlingGenerated.Cli;

/// <summary>How far a create got, so an interruption or an error can say whether a task may exist.</summary>
internal enum CreateStage
{
    /// <summary>No create in this command, or not yet begun: nothing was sent.</summary>
    NotSent,

    /// <summary>The create is on its way or its answer was not read: the task may exist.</summary>
    Sent,

    /// <summary>The server answered with the task's id.</summary>
    Created,
}
