using Microsoft.Extensions.Logging;

namespace KlingGenerated.Tests.Resilience;

/// <summary>Keeps every log entry (formatted message and exception text) so a test can read what was logged.</summary>
public sealed class RecordingLoggerFactory : ILoggerFactory, ILoggerProvider
{
    private readonly List<Entry> _entries = [];

    public IReadOnlyList<Entry> Entries { get { lock (_entries) { return [.. _entries]; } } }

    /// <summary>Everything logged, as one text, for "never contains" checks.</summary>
    public string AllText => string.Join("\n", Entries.Select(e => $"{e.Level} {e.Category}: {e.Message} {e.Exception}"));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose()
    {
    }

    public sealed record Entry(string Category, LogLevel Level, string Message, string? Exception);

    private sealed class Logger(RecordingLoggerFactory owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (owner._entries)
            {
                owner._entries.Add(new Entry(category, logLevel, formatter(state, exception), exception?.ToString()));
            }
        }
    }
}
