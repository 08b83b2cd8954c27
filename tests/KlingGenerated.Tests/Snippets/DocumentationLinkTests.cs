using System.Text.RegularExpressions;

namespace KlingGenerated.Tests.Snippets;

/// <summary>
/// Every relative link in README.md, CONTRIBUTING.md, docs/*.md and the packages' READMEs leads to a file
/// or folder of the repository, so moving or renaming a document cannot strand its readers.
/// </summary>
public sealed partial class DocumentationLinkTests
{
    public static TheoryData<string> Documents() => [.. DocumentationFiles.All];

    [Theory]
    [MemberData(nameof(Documents))]
    public void RelativeLinks_PointAtExistingFiles(string document)
    {
        var folder = Path.GetDirectoryName(Path.Combine(Repository.Root, document))!;

        var broken = RelativeTargets(DocumentationFiles.Read(document))
            .Where(target => !File.Exists(Path.Combine(folder, target)) && !Directory.Exists(Path.Combine(folder, target)))
            .ToList();

        Assert.Empty(broken);
    }

    [Fact]
    public void RelativeTargets_FindsInlineAndReferenceLinks_OutsideCode()
    {
        const string markdown = """
            See [the guide](docs/guide.md#setup), ![a picture](img/a.png "title") and [ref].
            [web](https://example.com) [mail](mailto:a@example.com) [here](#section)
            `[not a link](inline.md)`

            ```sh
            echo [not a link](fenced.md)
            ```

            [ref]: ../CONTRIBUTING.md
            """;

        Assert.Equal(["docs/guide.md", "img/a.png", "../CONTRIBUTING.md"], RelativeTargets(markdown));
    }

    [Fact]
    public void DocumentationFiles_IncludeEveryDocumentThisTestPromises()
    {
        Assert.Contains("README.md", DocumentationFiles.All);
        Assert.Contains("CONTRIBUTING.md", DocumentationFiles.All);
        Assert.Contains("src/KlingGenerated/README.md", DocumentationFiles.All);
        Assert.Contains(DocumentationFiles.All, document => document.StartsWith("docs/", StringComparison.Ordinal));
    }

    // Links as Markdown reads them: inline [text](target "title") and reference definitions, not inside code.
    private static List<string> RelativeTargets(string markdown)
    {
        var prose = InlineCode().Replace(FencedCode().Replace(markdown, string.Empty), string.Empty);
        return InlineLink().Matches(prose).Select(m => m.Groups["target"].Value)
            .Concat(ReferenceDefinition().Matches(prose).Select(m => m.Groups["target"].Value))
            .Where(target => !target.StartsWith('#') && !Scheme().IsMatch(target))
            .Select(target => Uri.UnescapeDataString(target.Split('#', 2)[0]))
            .ToList();
    }

    [GeneratedRegex(@"^[ \t]*```.*?^[ \t]*```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedCode();

    [GeneratedRegex(@"`[^`\n]*`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"^[ \t]{0,3}\[[^\]]+\]:[ \t]*(?<target>\S+)", RegexOptions.Multiline)]
    private static partial Regex ReferenceDefinition();

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex Scheme();
}
