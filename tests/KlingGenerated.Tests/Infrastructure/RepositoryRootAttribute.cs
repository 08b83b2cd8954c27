namespace KlingGenerated.Tests;

/// <summary>The repository root at build time, so tests can read spec/ and run the NSwag CLI.</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class RepositoryRootAttribute(string path) : Attribute
{
    public string Path { get; } = path;
}
