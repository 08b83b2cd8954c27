using System.Text.RegularExpressions;

namespace KlingGenerated.Tests.Snippets;

/// <summary>The README shows exactly the compiled code of TransportSnippets.cs.</summary>
public sealed partial class TransportSnippetsTests
{
    [GeneratedRegex(@"^[ \t]*#region Snippet:(?<name>\w+)\r?\n(?<body>.*?)^[ \t]*#endregion", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Region();

    public static TheoryData<string> SnippetNames() => [.. Snippets().Keys];

    [Theory]
    [MemberData(nameof(SnippetNames))]
    public void Readme_Snippet_IsTheCompiledCode(string name)
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md")).ReplaceLineEndings("\n");

        Assert.Contains("```csharp\n" + Snippets()[name] + "```", readme, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Snippets()
    {
        var source = File.ReadAllText(Path.Combine(Repository.Root, "tests/KlingGenerated.Tests/Snippets/TransportSnippets.cs")).ReplaceLineEndings("\n");
        return Region().Matches(source).ToDictionary(m => m.Groups["name"].Value, m => Dedent(m.Groups["body"].Value));
    }

    private static string Dedent(string body)
    {
        var lines = body.Split('\n')[..^1];
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Concat(lines.Select(l => (l.Length >= indent ? l[indent..] : l.TrimStart()) + "\n"));
    }
}
