using System.Reflection;

namespace KlingGenerated.Tests;

/// <summary>Paths into the repository these tests were built from.</summary>
internal static class Repository
{
    public static string Root { get; } =
        typeof(Repository).Assembly.GetCustomAttribute<RepositoryRootAttribute>()!.Path;

    public static string SpecFile => System.IO.Path.Combine(Root, "spec", "kling.openapi.yaml");

    public static string NSwagConfig => System.IO.Path.Combine(Root, "nswag.json");

    /// <summary>The NSwag CLI of the NSwag.MSBuild package, the one the build generates the client with.</summary>
    public static string NSwagDll { get; } = System.IO.Path.GetFullPath(System.IO.Path.Combine(
        typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "NSwagDir").Value!,
        "dotnet-nswag.dll"));
}
