using System.Text.RegularExpressions;

namespace KlingGenerated.Tests.Snippets;

/// <summary>
/// Keeps the documentation's named C# blocks (```csharp Snippet:Name, in README.md, docs/*.md and the
/// packages' READMEs) equal to the compiled #region Snippet:Name blocks of this folder, so every example
/// people copy compiles; every region is shown, and README.md with docs/ shows each one once.
/// </summary>
public sealed partial class DocumentationSnippetTests
{
    private static readonly string[] Sources = Directory.GetFiles(Path.Combine(Repository.Root, "tests", "KlingGenerated.Tests", "Snippets"), "*.cs")
        .Select(File.ReadAllText)
        .ToArray();

    public static TheoryData<string, string> DocumentedSnippets()
    {
        var data = new TheoryData<string, string>();
        foreach (var document in DocumentationFiles.Repository.Concat(DocumentationFiles.Packages))
        {
            foreach (var (name, _) in Blocks(document))
            {
                data.Add(document, name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DocumentedSnippets))]
    public void DocumentBlock_MatchesItsCompiledRegion(string document, string name)
    {
        var regions = Regions();

        Assert.True(regions.ContainsKey(name), $"{document} has a Snippet:{name} block but no file in tests/KlingGenerated.Tests/Snippets has #region Snippet:{name}.");
        Assert.All(Blocks(document).Where(b => b.Name == name), block => Assert.Equal(regions[name], block.Code));
    }

    [Fact]
    public void Regions_AreAllShownInTheDocumentation()
    {
        var shown = DocumentationFiles.Repository.Concat(DocumentationFiles.Packages).SelectMany(Blocks).Select(b => b.Name).ToHashSet();

        Assert.NotEmpty(Regions());
        Assert.Empty(Regions().Keys.Where(name => !shown.Contains(name)).Order());
    }

    [Fact]
    public void Regions_AreShownAtMostOnceAcrossReadmeAndDocs()
    {
        var shown = DocumentationFiles.Repository.SelectMany(document => Blocks(document).Select(b => (Document: document, b.Name)));

        var repeated = shown.GroupBy(s => s.Name).Where(g => g.Count() > 1)
            .Select(g => $"Snippet:{g.Key} in {string.Join(", ", g.Select(s => s.Document))}");
        Assert.Empty(repeated);
    }

    private static IEnumerable<(string Name, string Code)> Blocks(string document) =>
        Block().Matches(DocumentationFiles.Read(document)).Select(m => (m.Groups["name"].Value, m.Groups["code"].Value.TrimEnd('\n')));

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
    private static partial Regex Block();

    [GeneratedRegex(@"^[ \t]*#region Snippet:(?<name>\w+)\n(?<code>.*?)^[ \t]*#endregion", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Region();
}
