namespace KlingGenerated;

/// <summary>Makes the <c>external_task_id</c> the client sends when the caller gives none.</summary>
public static class ExternalTaskIds
{
    /// <summary>The prefix of generated ids, so they are recognisable in Kling's console.</summary>
    public const string Prefix = "kg-";

    /// <summary>A new id, unique without coordination (a random GUID).</summary>
    public static string New() => Prefix + Guid.NewGuid().ToString("N");
}
