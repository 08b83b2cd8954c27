namespace KlingGenerated;

/// <summary>Makes the <c>external_task_id</c> the client sends when the caller gives none.</summary>
internal static class ExternalTaskIds
{
    /// <summary>The prefix of generated ids, so they are recognisable in Kling's console.</summary>
    public const string Prefix = "kg-";

    /// <summary>A new id, unique without coordination (a random GUID).</summary>
    public static string New() =>
        // Written in place: every create without an id makes one, and Prefix + ToString("N") made two strings.
        string.Create(Prefix.Length + 32, Guid.NewGuid(), static (chars, guid) =>
        {
            Prefix.CopyTo(chars);
            guid.TryFormat(chars[Prefix.Length..], out _, "N");
        });
}
