using System.Reflection;

namespace KlingGenerated.PackageTests;

/// <summary>Paths into the repository these tests were built from.</summary>
internal static class Repository
{
    public static string Root { get; } =
        typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    /// <summary>The configuration this assembly, and the projects it references, were built in.</summary>
    public static string Configuration { get; } =
        typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Configuration").Value!;

    public static string SampleImage => Path.Combine(Root, "src", "KlingGenerated.Cli", "Samples", "day.png");
}
