using System.Diagnostics;

namespace KlingGenerated.Tests.Generation;

/// <summary>
/// The contract-first promise: change the spec, run the same generation the build runs, and the
/// client changes with it.
/// </summary>
public sealed class RegenerationTests : IDisposable
{
    private const string ProbeProperty = """
                probe_field:
                  type: string
                  maxLength: 40
                  description: A field added by the regeneration test.

        """;

    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("kling-regen-");

    [Fact]
    public async Task AddingAnOptionalRequestProperty_AddsItToTheClient_AndRemovingItRemovesIt()
    {
        var original = await File.ReadAllTextAsync(Repository.SpecFile);
        var anchor = original.IndexOf("    ImageToVideoRequest:", StringComparison.Ordinal);
        var properties = original.IndexOf("      properties:\n", anchor, StringComparison.Ordinal) + "      properties:\n".Length;
        var changed = original.Insert(properties, ProbeProperty.Replace("        probe", "        probe", StringComparison.Ordinal));

        var withProbe = await GenerateAsync(changed, "with-probe");
        var withoutProbe = await GenerateAsync(original, "without-probe");

        var requestClass = ClassBody(withProbe, "ImageToVideoRequest");
        Assert.Contains("[Newtonsoft.Json.JsonProperty(\"probe_field\", Required = Newtonsoft.Json.Required.Default", requestClass);
        Assert.Contains("[System.ComponentModel.DataAnnotations.StringLength(40)]", requestClass);
        Assert.Contains("public string? ProbeField { get; set; }", requestClass);
        Assert.DoesNotContain("ProbeField", withoutProbe);
        Assert.DoesNotContain("probe_field", withoutProbe);
    }

    [Fact]
    public async Task MarkingAStringKlingImage_TypesItKlingImage_WithItsDescriptionAndNoStringLength()
    {
        const string probeImage = """
                    probe_image:
                      type: string
                      format: kling-image
                      minLength: 1
                      description: An image field added by the regeneration test.

            """;
        var original = await File.ReadAllTextAsync(Repository.SpecFile);
        var anchor = original.IndexOf("    ImageToVideoRequest:", StringComparison.Ordinal);
        var properties = original.IndexOf("      properties:\n", anchor, StringComparison.Ordinal) + "      properties:\n".Length;

        var generated = await GenerateAsync(original.Insert(properties, probeImage), "with-probe-image");

        var requestClass = ClassBody(generated, "ImageToVideoRequest");
        var member = requestClass[requestClass.IndexOf("/// An image field added by the regeneration test.", StringComparison.Ordinal)..];
        member = member[..(member.IndexOf("{ get; set; }", StringComparison.Ordinal) + 1)];
        Assert.Contains("[Newtonsoft.Json.JsonProperty(\"probe_image\", Required = Newtonsoft.Json.Required.Default", member);
        Assert.Contains("public KlingImage? ProbeImage {", member);
        Assert.DoesNotContain("StringLength", member);
    }

    private async Task<string> GenerateAsync(string spec, string name)
    {
        var specFile = Path.Combine(_work.FullName, name + ".yaml");
        var output = Path.Combine(_work.FullName, name + ".g.cs");
        await File.WriteAllTextAsync(specFile, spec);

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repository.Root };
        foreach (var argument in new[] { Repository.NSwagDll, "run", Repository.NSwagConfig, $"/variables:Spec={specFile},Output={output}" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"NSwag failed: {await stdout}{await stderr}");
        return await File.ReadAllTextAsync(output);
    }

    private static string ClassBody(string code, string className)
    {
        var start = code.IndexOf($"public partial class {className}\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"{className} was not generated.");
        var end = code.IndexOf("\n    }\n", start, StringComparison.Ordinal);
        return code[start..end];
    }

    public void Dispose() => _work.Delete(recursive: true);
}
