using System.Diagnostics;

namespace KlingGenerated.Cli;

/// <summary>
/// Progress and notes on stderr, so stdout stays clean for results: a live line that rewrites
/// itself on a terminal, plain lines when stderr is redirected.
/// </summary>
internal sealed class ConsoleReporter(TextWriter error, bool live, bool verbose)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private int _liveWidth;

    public static ConsoleReporter For(CliHost host, bool verbose) => new(host.Error, host.ErrorIsTerminal, verbose);

    public bool Verbose => verbose;

    /// <summary>A status that replaces the previous one on a terminal.</summary>
    public void Status(string text)
    {
        var line = $"[{Format(_clock.Elapsed)}] {text}";
        lock (_gate)
        {
            if (live)
            {
                error.Write("\r" + line.PadRight(_liveWidth));
                _liveWidth = line.Length;
            }
            else
            {
                error.WriteLine(line);
            }
        }
    }

    /// <summary>A line that stays.</summary>
    public void Note(string text)
    {
        lock (_gate)
        {
            EndLiveLine();
            error.WriteLine(text);
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

    /// <summary>Ends a live line so later output starts on its own line.</summary>
    public void Finish()
    {
        lock (_gate)
        {
            EndLiveLine();
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
        elapsed.TotalHours >= 1 ? elapsed.ToString(@"h\:mm\:ss", System.Globalization.CultureInfo.InvariantCulture)
                                : elapsed.ToString(@"mm\:ss", System.Globalization.CultureInfo.InvariantCulture);
}
