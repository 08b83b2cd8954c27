namespace KlingGenerated.Cli.Batch;

// Server text (messages) as a batch records and shows it: without any key given, and as one inert
// line, so no server can forge output or act on the terminal.
internal static class BatchText
{
    public static string Clean(string text, IEnumerable<string> secrets) => TerminalText.Neutralise(CommandExecution.Scrub(text, secrets));
}
