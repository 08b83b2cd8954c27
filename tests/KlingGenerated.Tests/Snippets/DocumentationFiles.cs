namespace KlingGenerated.Tests.Snippets;

/// <summary>The Markdown files people read: the repository's own and the packages' READMEs, which nuget.org shows on their own.</summary>
internal static class DocumentationFiles
{
    /// <summary>README.md and docs/*.md: one body of documentation, where nothing is shown twice.</summary>
    public static IReadOnlyList<string> Repository { get; } =
    [
        "README.md",
        .. Directory.GetFiles(Path.Combine(Tests.Repository.Root, "docs"), "*.md").Select(RelativePath).Order(StringComparer.Ordinal),
    ];

    /// <summary>Each package's README: standalone, so it may repeat what the repository's documents show.</summary>
    public static IReadOnlyList<string> Packages { get; } =
        [.. Directory.GetFiles(Path.Combine(Tests.Repository.Root, "src"), "README.md", SearchOption.AllDirectories)
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Select(RelativePath)
            .Order(StringComparer.Ordinal)];

    /// <summary>Every document whose links must lead somewhere.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Repository, "CONTRIBUTING.md", .. Packages];

    public static string Read(string relativePath) =>
        File.ReadAllText(Path.Combine(Tests.Repository.Root, relativePath)).ReplaceLineEndings("\n");

    private static string RelativePath(string path) =>
        Path.GetRelativePath(Tests.Repository.Root, path).Replace(Path.DirectorySeparatorChar, '/');
}
