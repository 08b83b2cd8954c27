using System.CommandLine;

namespace KlingGenerated.Cli;

/// <summary>Everything a command's own work needs.</summary>
internal sealed class CommandContext(ParseResult parse, CliHost host, CliSettings settings, ConsoleReporter reporter, CancellationToken cancellationToken)
{
    public ParseResult Parse { get; } = parse;

    public CliHost Host { get; } = host;

    public CliSettings Settings { get; } = settings;

    public ConsoleReporter Reporter { get; } = reporter;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public KlingSession Session { get; private set; } = default!;

    public TaskRunner Runner { get; private set; } = default!;

    public void Attach(KlingSession session, TaskRunner runner) => (Session, Runner) = (session, runner);

    public T Value<T>(System.CommandLine.Option<T> option) => Parse.GetValue(option)!;
}
