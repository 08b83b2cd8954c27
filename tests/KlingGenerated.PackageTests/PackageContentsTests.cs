using System.IO.Compression;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace KlingGenerated.PackageTests;

/// <summary>What nuget.org and a user's build read from each package besides the code.</summary>
[Collection(PackagesCollection.Name)]
public sealed class PackageContentsTests(PackedPackages packages)
{
    public static TheoryData<string, string> PackagesAndAssemblies => new()
    {
        { "KlingGenerated", "lib/net10.0/KlingGenerated.dll" },
        { "KlingGenerated.Testing", "lib/net10.0/KlingGenerated.Testing.dll" },
        { "KlingGenerated.Cli", "tools/net10.0/any/kling.dll" },
    };

    [Theory]
    [MemberData(nameof(PackagesAndAssemblies))]
    public void Package_carries_its_readme_licence_repository_and_embedded_symbols(string id, string assembly)
    {
        using var package = ZipFile.OpenRead(packages.PackageFile(id));
        var metadata = Nuspec(package);

        Assert.Equal("README.md", Value(metadata, "readme"));
        var readme = Read(package, "README.md");
        Assert.StartsWith("# " + id, readme, StringComparison.Ordinal);
        var license = Assert.Single(metadata.Elements(), e => e.Name.LocalName == "license");
        Assert.Equal(("expression", "MIT"), ((string?)license.Attribute("type"), license.Value));
        Assert.Equal("git", (string?)Assert.Single(metadata.Elements(), e => e.Name.LocalName == "repository").Attribute("type"));
        Assert.Contains("kling", Value(metadata, "tags").Split(' '));
        Assert.False(string.IsNullOrWhiteSpace(Value(metadata, "description")));

        using var dll = new MemoryStream();
        using (var entry = package.GetEntry(assembly)!.Open())
        {
            entry.CopyTo(dll);
        }

        dll.Position = 0;
        using var pe = new PEReader(dll);
        Assert.Contains(pe.ReadDebugDirectory(), d => d.Type == DebugDirectoryEntryType.EmbeddedPortablePdb);
        Assert.DoesNotContain(package.Entries, e => e.FullName.EndsWith(".pdb", StringComparison.Ordinal));
    }

    [Fact]
    public void Testing_package_copies_the_contract_files_to_where_the_sandbox_reads_them()
    {
        using var package = ZipFile.OpenRead(packages.PackageFile("KlingGenerated.Testing"));
        var files = Nuspec(package).Elements().Single(e => e.Name.LocalName == "contentFiles").Elements()
            .ToDictionary(f => (string)f.Attribute("include")!, f => (string?)f.Attribute("copyToOutput"));

        // Copied to contract/... beside the user's assembly: ContractMappings.Directory and the sandbox's media and spec paths.
        foreach (var file in new[] { "mappings/CreateImageToVideoTask.json", "mappings/MissingAuthorization.json", "media/kling-sandbox.mp4", "kling.openapi.yaml" })
        {
            Assert.Equal("true", files.GetValueOrDefault("any/any/contract/" + file));
            Assert.NotNull(package.GetEntry("contentFiles/any/any/contract/" + file));
        }
    }

    private static XElement Nuspec(ZipArchive package)
    {
        var nuspec = XDocument.Parse(Read(package, package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).FullName));
        return nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    private static string Value(XElement metadata, string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;

    private static string Read(ZipArchive package, string path)
    {
        using var reader = new StreamReader(package.GetEntry(path)!.Open());
        return reader.ReadToEnd();
    }
}
