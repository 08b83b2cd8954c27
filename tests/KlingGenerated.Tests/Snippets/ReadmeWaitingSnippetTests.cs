using System.Text.RegularExpressions;

namespace KlingGenerated.Tests.Snippets;

public sealed partial class ReadmeWaitingSnippetTests
{
    [GeneratedRegex(@"#region Snippet:(?<name>\S+)\r?\n(?<code>.*?)\r?\n\s*#endregion", RegexOptions.Singleline)]
    private static partial Regex Region();

    [GeneratedRegex(@"```csharp Snippet:(?<name>\S+)\r?\n(?<code>.*?)\r?\n```", RegexOptions.Singleline)]
    private static partial Regex ReadmeBlock();

    [Fact]
    public void Readme_WaitingAndDownloadSnippets_MatchTheCompiledCode()
    {
        var source = File.ReadAllText(Path.Combine(Repository.Root, "tests", "KlingGenerated.Tests", "Snippets", "WaitingSnippets.cs"));
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        var compiled = Region().Matches(source).ToDictionary(m => m.Groups["name"].Value, m => Dedent(m.Groups["code"].Value));
        var shown = ReadmeBlock().Matches(readme).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["code"].Value.ReplaceLineEndings("\n"));

        Assert.Equal(6, compiled.Count);
        foreach (var (name, code) in compiled)
        {
            Assert.True(shown.TryGetValue(name, out var block), $"README.md has no ```csharp Snippet:{name} block.");
            Assert.Equal(code, block);
        }
    }

    private static string Dedent(string code)
    {
        var lines = code.ReplaceLineEndings("\n").Split('\n');
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
    }
}
