using KlingGenerated.Cli;

namespace KlingGenerated.Tests.Cli;

/// <summary>The output path itself: the scrubbing writer, neutralised text, throttled progress.</summary>
public sealed class CliOutputTests
{
    private const string Secret = "cometkey-out-2Vb8Nq5Rz3";

    [Fact]
    public void ScrubbingWriter_RemovesASecretWrittenInPieces_AndEncoded()
    {
        var inner = new StringWriter();
        var writer = new ScrubbingWriter(inner);
        writer.AddSecrets([Secret]);

        writer.Write("key ");
        foreach (var c in Secret)
        {
            writer.Write(c);
        }

        writer.Write(" and %63%6F%6D%65%74" + Secret[5..] + "\nlast " + Secret[..10]);
        writer.Write(Secret[10..]);
        writer.Flush();

        Assert.Equal("key [REDACTED] and [REDACTED]\nlast [REDACTED]", inner.ToString());
    }

    [Fact]
    public void Neutralise_WritesEveryControlAndBidiCharacterAsAnEscape()
    {
        var text = TerminalText.Neutralise("a\nb\rc\u001b[0m\u007f\u0085\u009b\u202a\u202e\u2066\u2069\u2028 ok \u00e9");

        Assert.Equal(@"a\u000ab\u000dc\u001b[0m\u007f\u0085\u009b\u202a\u202e\u2066\u2069\u2028 ok " + "\u00e9", text);
    }

    [Fact]
    public void Json_EscapesC0_AndTheCharactersATerminalActsOn()
    {
        var json = CommandExecution.Json(new CommandResult { TaskId = "t\u0000\u001b\n\u007f\u009b\u202e", Status = "succeed" });

        Assert.DoesNotContain(json, c => char.IsControl(c) || c is '\u202e');
        Assert.Equal("t\u0000\u001b\n\u007f\u009b\u202e", Newtonsoft.Json.Linq.JObject.Parse(json).Value<string>("task_id"));
    }

    [Fact]
    public void Reporter_Redirected_PrintsAtMostOneLinePerTenthOrInterval()
    {
        var clock = new FakeTimeProvider();
        var error = new StringWriter();
        var reporter = new ConsoleReporter(error, live: false, verbose: false, clock);

        for (var received = 0; received <= 1000; received++)
        {
            reporter.Status($"downloading film.mp4: {received} KiB of 1000 KiB", topic: "film.mp4", fraction: received / 1000.0);
            clock.Advance(TimeSpan.FromMilliseconds(5));
        }

        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(11, lines.Length);
        Assert.EndsWith("1000 KiB of 1000 KiB", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Reporter_Redirected_RepeatsAStatusOnlyAfterTheQuietInterval_OrWhenItChanges()
    {
        var clock = new FakeTimeProvider();
        var error = new StringWriter();
        var reporter = new ConsoleReporter(error, live: false, verbose: false, clock);

        for (var poll = 1; poll <= 120; poll++)
        {
            reporter.Status($"task t-1: processing ({poll} queries)", topic: "t-1 processing");
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        reporter.Status("task t-1: succeeded (121 queries)", topic: "t-1 succeeded");

        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(13, lines.Length);
        Assert.Contains("succeeded", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Reporter_OnATerminal_KeepsTheLiveLine()
    {
        var error = new StringWriter();
        var reporter = new ConsoleReporter(error, live: true, verbose: false, new FakeTimeProvider());

        reporter.Status("one", fraction: 0.1);
        reporter.Status("two", fraction: 0.1);
        reporter.Finish();

        Assert.Equal("\r[00:00] one\r[00:00] two" + Environment.NewLine, error.ToString());
    }
}
