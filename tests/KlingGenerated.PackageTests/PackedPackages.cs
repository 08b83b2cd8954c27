using System.Globalization;

namespace KlingGenerated.PackageTests;

/// <summary>
/// The three packages, packed once for the tests from the build this suite already made, under a version
/// no one else uses, so the NuGet cache can never serve an older build of the same version.
/// </summary>
public sealed class PackedPackages : IAsyncLifetime
{
    public static readonly string[] Ids = ["KlingGenerated", "KlingGenerated.Testing", "KlingGenerated.Cli"];

    public string Version { get; } = "0.1.0-pkgtest." + DateTime.UtcNow.Ticks.ToString(CultureInfo.InvariantCulture);

    public string WorkFolder { get; } = Path.Combine(Path.GetTempPath(), "kling-package-tests-" + Guid.NewGuid().ToString("N"));

    /// <summary>The folder holding the .nupkg files: a package source for restore and tool install.</summary>
    public string Feed => Path.Combine(WorkFolder, "feed");

    public string PackageFile(string id) => Path.Combine(Feed, $"{id}.{Version}.nupkg");

    public async Task InitializeAsync()
    {
        // Packed without building again: the projects are references of this one, built with it, and a second
        // build would double the time. Intermediate files go to the work folder, so nothing is left in obj/.
        foreach (var id in Ids)
        {
            var project = Path.Combine(Repository.Root, "src", id, id + ".csproj");
            var result = await DotnetProcess.DotnetAsync(Repository.Root, TimeSpan.FromMinutes(3),
                "pack", project, "--no-build", "-c", Repository.Configuration, "-o", Feed, $"-p:Version={Version}",
                $"-p:NuspecOutputPath={Path.Combine(WorkFolder, "nuspec", id)}/", $"-p:PublishDir={Path.Combine(WorkFolder, "publish", id)}/");
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException($"Packing {id} failed: {result}");
            }
        }
    }

    public Task DisposeAsync()
    {
        // The global package folder keeps every version restored; these exist for this run only.
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (var id in Ids)
        {
            var versions = Path.Combine(cache, id.ToLowerInvariant());
            DeleteFolder(Path.Combine(versions, Version));
            if (Directory.Exists(versions) && !Directory.EnumerateFileSystemEntries(versions).Any())
            {
                Directory.Delete(versions);
            }
        }

        DeleteFolder(WorkFolder);
        return Task.CompletedTask;
    }

    private static void DeleteFolder(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
