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

    /// <summary>The same host writing through scrubbing writers, so nothing it prints can carry a secret.</summary>
    public CliHost Scrubbed(out ScrubbingWriter scrubbedOutput, out ScrubbingWriter scrubbedError)
    {
        scrubbedOutput = Output as ScrubbingWriter ?? new ScrubbingWriter(Output);
        scrubbedError = Error as ScrubbingWriter ?? new ScrubbingWriter(Error);
        return new CliHost(scrubbedOutput, scrubbedError, ErrorIsTerminal, environment, CurrentDirectory);
    }

    /// <summary>More secrets for the writers to remove (those the settings found).</summary>
    public void AddSecrets(IEnumerable<string> secrets)
    {
        var list = secrets.ToList();
        (Output as ScrubbingWriter)?.AddSecrets(list);
        (Error as ScrubbingWriter)?.AddSecrets(list);
    }

    /// <summary>Every secret the writers remove.</summary>
    public IReadOnlyList<string> Secrets => (Error as ScrubbingWriter)?.Secrets ?? [];

    public static CliHost FromConsole() => new(
        Console.Out, Console.Error, !Console.IsErrorRedirected, System.Environment.GetEnvironmentVariable, Directory.GetCurrentDirectory());
}
