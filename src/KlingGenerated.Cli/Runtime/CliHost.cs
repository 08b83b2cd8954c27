namespace KlingGenerated.Cli;

/// <summary>What the command reads from and writes to, so tests can run it in-process.</summary>
internal sealed class CliHost(TextWriter output, TextWriter error, bool errorIsTerminal, Func<string, string?> environment, string currentDirectory)
{
    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>Whether stderr is a terminal, where progress may rewrite one live line.</summary>
    public bool ErrorIsTerminal { get; } = errorIsTerminal;

    public string CurrentDirectory { get; } = currentDirectory;

    public string? Environment(string name) => environment(name) is { Length: > 0 } value ? value : null;

    public static CliHost FromConsole() => new(
        Console.Out, Console.Error, !Console.IsErrorRedirected, System.Environment.GetEnvironmentVariable, Directory.GetCurrentDirectory());
}
