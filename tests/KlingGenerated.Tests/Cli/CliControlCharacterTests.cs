namespace KlingGenerated.Tests.Cli;

/// <summary>Server strings reach the terminal inert: no escape sequence acts, no newline forges a line.</summary>
public sealed class CliControlCharacterTests(WireMockFixture fixture) : CliWireMockTestBase(fixture)
{
    private const string CreatePath = "/kling/v1/videos/image2video";

    // A task id carrying a newline and a forged "file:" line, an escape sequence, a C1 CSI and a right-to-left override.
    private const string HostileIdJson = "\"t-1\\nfile: /forged.mp4\\u001b[31m\\u009b2J\\u202egnp.exe\"";

    [Fact]
    public async Task AHostileTaskId_IsPrintedOnOneInertLine()
    {
        Answer("POST", CreatePath, Json(200, TaskJson(HostileIdJson, "submitted")));

        var code = await Cli.RunAsync(Remote("image2video", "--image", "https://example.com/a.png", "--no-wait"));

        Assert.True(code == 0, Cli.Error);
        var lines = Cli.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.DoesNotContain(lines, l => l.StartsWith("file:", StringComparison.Ordinal));
        Assert.Contains(@"task_id: t-1\u000afile: /forged.mp4\u001b[31m\u009b2J\u202egnp.exe", Cli.Output);
        Assert.DoesNotContain(Cli.Error.Split('\n'), l => l.StartsWith("file:", StringComparison.Ordinal));
        AssertNoControlCharacters(Cli.Output);
        AssertNoControlCharacters(Cli.Error);
    }

    [Fact]
    public async Task AHostileTaskId_InJson_IsEscaped_AndReadsBackExactly()
    {
        Answer("POST", CreatePath, Json(200, TaskJson(HostileIdJson, "submitted")));

        var code = await Cli.RunAsync(Remote("image2video", "--image", "https://example.com/a.png", "--no-wait", "--json"));

        Assert.True(code == 0, Cli.Error);
        AssertNoControlCharacters(Cli.Output);
        Assert.Contains(@"\u001b", Cli.Output);
        Assert.Equal("t-1\nfile: /forged.mp4\u001b[31m\u009b2J\u202egnp.exe", Cli.Json().Value<string>("task_id"));
    }

    [Fact]
    public async Task AHostileFailureMessage_InTheErrorLine_IsNeutralised()
    {
        Answer("GET", CreatePath + "/t-2", Json(200, TaskJson("\"t-2\"", "failed", ",\"task_status_msg\":\"bad\\r\\nkling: saved /etc/passwd\\u001b]0;owned\\u0007\"")));

        var code = await Cli.RunAsync(Remote("task", "wait", "image2video", "t-2"));

        Assert.Equal(4, code);
        Assert.DoesNotContain(Cli.Error.Split('\n'), l => l.StartsWith("kling: saved", StringComparison.Ordinal));
        Assert.Contains(@"bad\u000d\u000akling: saved /etc/passwd\u001b]0;owned\u0007", Cli.Error);
        AssertNoControlCharacters(Cli.Error);
    }

    private static void AssertNoControlCharacters(string text)
    {
        var unsafeCharacters = text.Where(c => c != '\n' && (char.IsControl(c) || c is >= '\u202a' and <= '\u202e' or >= '\u2066' and <= '\u2069')).ToList();
        Assert.True(unsafeCharacters.Count == 0, "Found " + string.Join(", ", unsafeCharacters.Select(c => $"U+{(int)c:X4}")));
    }
}
