using System.Diagnostics;
using System.Text.RegularExpressions;

namespace KlingGenerated.Tests.Generation;

/// <summary>
/// The public API listing covers the generated client too: a member the spec adds fails the build of
/// the library until PublicAPI.Unshipped.txt declares it.
/// </summary>
public sealed partial class PublicApiListingTests : IDisposable
{
    private const string ProbeProperty = """
                probe_field:
                  type: string
                  maxLength: 40
                  description: A field added by the public API test.

        """;

    private readonly DirectoryInfo _copy = Directory.CreateTempSubdirectory("kling-publicapi-");

    [Fact]
    public async Task TheLibraryBuildsCleanFromTheSpec_AndFailsWithRS0016_WhenTheSpecAddsAProperty()
    {
        CopyLibrary();
        var spec = Path.Combine(_copy.FullName, "spec", "kling.openapi.yaml");
        var original = await File.ReadAllTextAsync(spec);

        var unchanged = await BuildAsync();
        Assert.True(unchanged.ExitCode == 0, $"The unchanged spec should build clean:\n{unchanged.Output}");
        Assert.Empty(Errors(unchanged.Output));

        var anchor = original.IndexOf("    ImageToVideoRequest:", StringComparison.Ordinal);
        var properties = original.IndexOf("      properties:\n", anchor, StringComparison.Ordinal) + "      properties:\n".Length;
        await File.WriteAllTextAsync(spec, original.Insert(properties, ProbeProperty));

        var withProbe = await BuildAsync();
        Assert.NotEqual(0, withProbe.ExitCode);
        var errors = Errors(withProbe.Output);
        Assert.Equal(
            ["RS0016 KlingGenerated.ImageToVideoRequest.ProbeField.get -> string?", "RS0016 KlingGenerated.ImageToVideoRequest.ProbeField.set -> void"],
            errors.Select(e => $"{e.Id} {e.Symbol}").Order(StringComparer.Ordinal));
        Assert.All(errors, e => Assert.EndsWith("KlingClient.g.cs", e.File, StringComparison.Ordinal));
    }

    /// <summary>What building the library needs, without bin/ and obj/, so the copy generates its own client.</summary>
    private void CopyLibrary()
    {
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json", ".editorconfig", "nswag.json", "spec/kling.openapi.yaml" })
        {
            var target = Path.Combine(_copy.FullName, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(Repository.Root, file), target);
        }

        CopyFolder(new DirectoryInfo(Path.Combine(Repository.Root, "src", "KlingGenerated")), Path.Combine(_copy.FullName, "src", "KlingGenerated"));
    }

    private static void CopyFolder(DirectoryInfo source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in source.EnumerateFiles())
        {
            file.CopyTo(Path.Combine(target, file.Name));
        }

        foreach (var folder in source.EnumerateDirectories().Where(d => d.Name is not ("bin" or "obj")))
        {
            CopyFolder(folder, Path.Combine(target, folder.Name));
        }
    }

    private async Task<(int ExitCode, string Output)> BuildAsync()
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _copy.FullName,
        };
        // No build nodes left running after the test.
        foreach (var argument in new[] { "build", Path.Combine("src", "KlingGenerated", "KlingGenerated.csproj"), "-nologo", "-v:q", "-clp:NoSummary", "-nodeReuse:false" })
        {
            start.ArgumentList.Add(argument);
        }

        // The test host's MSBuild settings belong to the outer build, not to this one.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }

    private static List<(string File, string Id, string Symbol)> Errors(string output) =>
        ErrorLine().Matches(output)
            .Select(m => (m.Groups["file"].Value, m.Groups["id"].Value, m.Groups["symbol"].Value))
            .Distinct()
            .ToList();

    /// <summary>Every error line, with or without a position, so an unexpected error shows up too.</summary>
    [GeneratedRegex(@"^(?<file>[^\n]*?)(?:\(\d+,\d+\))?\s*:\s*error (?<id>\w+): (?:Symbol '(?<symbol>[^'\n]+)')?", RegexOptions.Multiline)]
    private static partial Regex ErrorLine();

    public void Dispose() => _copy.Delete(recursive: true);
}
