namespace KlingGenerated.Cli;

// A task id typed by the user becomes a path segment: ".", "" or "a/b" would query another route.
internal static class TaskIdInput
{
    public const int MaxLength = 128;

    /// <summary>The id, or a usage error (before any request) when it cannot be one path segment.</summary>
    public static string Check(string? id)
    {
        var shown = TerminalText.Neutralise(id);
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new CliUsageException("the task id is empty.");
        }

        if (id is "." or "..")
        {
            throw new CliUsageException($"\"{id}\" is not a task id.");
        }

        if (id.Length > MaxLength)
        {
            throw new CliUsageException($"the task id is {id.Length} characters long; ids have at most {MaxLength}.");
        }

        if (id.Any(c => c is '/' or '\\' or '?' or '#' or '%' || char.IsWhiteSpace(c) || TerminalText.IsUnsafe(c)))
        {
            throw new CliUsageException($"\"{shown}\" is not a task id: it must not contain spaces, control characters, or any of / \\ ? # %.");
        }

        return id;
    }
}
