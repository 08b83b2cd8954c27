using System.Text.RegularExpressions;

namespace KlingGenerated.Tests.Snippets;

/// <summary>Keeps the README's named C# blocks equal to the compiled #region Snippet:Name blocks of this folder, so the README always compiles.</summary>
public sealed partial class ReadmeSnippetTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));

    private static readonly string[] Sources = Directory.GetFiles(Path.Combine(Repository.Root, "tests", "KlingGenerated.Tests", "Snippets"), "*.cs")
        .Select(File.ReadAllText)
        .ToArray();

    public static TheoryData<string> ReadmeSnippetNames() => [.. ReadmeBlocks().Keys];

    [Theory]
    [MemberData(nameof(ReadmeSnippetNames))]
    public void ReadmeBlock_MatchesItsCompiledRegion(string name)
    {
        var regions = Regions();

        Assert.True(regions.ContainsKey(name), $"README.md has a Snippet:{name} block but no file in tests/KlingGenerated.Tests/Snippets has #region Snippet:{name}.");
        Assert.Equal(regions[name], ReadmeBlocks()[name]);
    }

    [Fact]
    public void Regions_AreAllShownInTheReadme()
    {
        var regions = Regions().Keys;

        Assert.NotEmpty(regions);
        Assert.Equal(regions.Order(), ReadmeBlocks().Keys.Order());
    }

    private static Dictionary<string, string> ReadmeBlocks() =>
        ReadmeBlock().Matches(Readme.ReplaceLineEndings("\n")).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["code"].Value.TrimEnd('\n'));

    private static Dictionary<string, string> Regions() =>
        Sources.SelectMany(source => Region().Matches(source.ReplaceLineEndings("\n")))
            .ToDictionary(m => m.Groups["name"].Value, m => Dedent(m.Groups["code"].Value));

    private static string Dedent(string code)
    {
        var lines = code.TrimEnd('\n', ' ').Split('\n');
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
    }

    [GeneratedRegex(@"^```csharp Snippet:(?<name>\w+)\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex ReadmeBlock();

    [GeneratedRegex(@"^[ \t]*#region Snippet:(?<name>\w+)\n(?<code>.*?)^[ \t]*#endregion", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Region();
}
