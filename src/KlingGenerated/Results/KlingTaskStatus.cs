namespace KlingGenerated;

/// <summary>The typed view of <see cref="TaskData.TaskStatus"/>, which stays a string on the wire model.</summary>
public enum KlingTaskStatus
{
    /// <summary>A status this client does not know (a newer server, or none at all). Keep waiting.</summary>
    Unknown,

    /// <summary><c>submitted</c>: accepted and queued.</summary>
    Submitted,

    /// <summary><c>processing</c>: being generated.</summary>
    Processing,

    /// <summary><c>succeed</c> (Kling's spelling): done, the result is ready.</summary>
    Succeeded,

    /// <summary><c>failed</c>: ended without a result; <see cref="TaskData.TaskStatusMsg"/> says why.</summary>
    Failed,
}
