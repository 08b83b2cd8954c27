using System.Globalization;

namespace KlingGenerated.Cli;

/// <summary>
/// Progress and notes on stderr, so stdout stays clean for results: a live line that rewrites
/// itself on a terminal, plain lines when stderr is redirected, at most one per topic every
/// <see cref="QuietInterval"/> or tenth of the way. Every line is one line: control characters in it are neutralised.
/// </summary>
internal sealed class ConsoleReporter(TextWriter error, bool live, bool verbose, TimeProvider? timeProvider = null)
{
    /// <summary>The longest silence between two redirected status lines on one topic.</summary>
    public static readonly TimeSpan QuietInterval = TimeSpan.FromSeconds(10);

    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;
    private readonly long _started = (timeProvider ?? TimeProvider.System).GetTimestamp();
    private readonly Lock _gate = new();
    private int _liveWidth;
    private string? _lastTopic;
    private long _lastPrinted;
    private int _lastTenth = -1;

    public static ConsoleReporter For(CliHost host, bool verbose) => new(host.Error, host.ErrorIsTerminal, verbose);

    public bool Verbose => verbose;

    /// <summary>
    /// A status that replaces the previous one on a terminal. Redirected, it is printed when its
    /// <paramref name="topic"/> changes, when <paramref name="fraction"/> passes another tenth, or
    /// after <see cref="QuietInterval"/>; otherwise it is dropped.
    /// </summary>
    public void Status(string text, string? topic = null, double? fraction = null)
    {
        var now = _time.GetTimestamp();
        var line = $"[{Format(_time.GetElapsedTime(_started, now))}] {TerminalText.Neutralise(text)}";
        lock (_gate)
        {
            if (live)
            {
                error.Write("\r" + line.PadRight(_liveWidth));
                error.Flush();
                _liveWidth = line.Length;
                return;
            }

            topic ??= text;
            var tenth = fraction is { } f && double.IsFinite(f) ? (int)Math.Floor(Math.Clamp(f, 0, 1) * 10) : -1;
            var due = topic != _lastTopic || (tenth > _lastTenth) || _time.GetElapsedTime(_lastPrinted, now) >= QuietInterval;
            if (!due)
            {
                return;
            }

            if (topic != _lastTopic)
            {
                _lastTenth = -1;
            }

            (_lastTopic, _lastPrinted, _lastTenth) = (topic, now, Math.Max(tenth, _lastTenth));
            error.WriteLine(line);
        }
    }

    /// <summary>A line that stays.</summary>
    public void Note(string text)
    {
        lock (_gate)
        {
            EndLiveLine();
            error.WriteLine(TerminalText.Neutralise(text));
        }
    }

    /// <summary>Detail shown only with --verbose.</summary>
    public void Detail(string text)
    {
        if (verbose)
        {
            Note(text);
        }
    }

    /// <summary>Several lines that stay (a stack trace), each neutralised on its own.</summary>
    public void Lines(IEnumerable<string> lines)
    {
        lock (_gate)
        {
            EndLiveLine();
            foreach (var line in lines)
            {
                error.WriteLine(TerminalText.Neutralise(line));
            }
        }
    }

    /// <summary>Ends a live line so later output starts on its own line.</summary>
    public void Finish()
    {
        lock (_gate)
        {
            EndLiveLine();
            error.Flush();
        }
    }

    private void EndLiveLine()
    {
        if (live && _liveWidth > 0)
        {
            error.WriteLine();
            _liveWidth = 0;
        }
    }

    private static string Format(TimeSpan elapsed) =>
        elapsed.TotalHours >= 1 ? elapsed.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture)
                                : elapsed.ToString(@"mm\:ss", CultureInfo.InvariantCulture);
}
