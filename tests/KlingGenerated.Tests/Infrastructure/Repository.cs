using System.Reflection;

namespace KlingGenerated.Tests;

/// <summary>Paths into the repository these tests were built from.</summary>
internal static class Repository
{
    public static string Root { get; } =
        typeof(Repository).Assembly.GetCustomAttribute<RepositoryRootAttribute>()!.Path;

    public static string SpecFile => System.IO.Path.Combine(Root, "spec", "kling.openapi.yaml");

    public static string NSwagConfig => System.IO.Path.Combine(Root, "nswag.json");

    public static string NSwagDll => System.IO.Path.Combine(Root, "node_modules", "nswag", "bin", "binaries", "Net100", "dotnet-nswag.dll");
}
