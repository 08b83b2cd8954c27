using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Newtonsoft.Json.Linq;

namespace KlingGenerated.Tests.Spec;

/// <summary>
/// An OpenAPI document read twice: by Microsoft.OpenApi (its model, and the errors and warnings it reports
/// while reading) and as plain JSON by the sandbox's YAML reader. The JSON keeps YAML nulls as nulls
/// (Microsoft.OpenApi's YAML reader turns them into a sentinel string) and every $ref as written, which
/// the example and reference rules need.
/// </summary>
internal sealed class LintedSpec
{
    private static readonly Lazy<Task<LintedSpec>> TheSpec = new(() => ReadAsync(Repository.SpecFile));

    private LintedSpec(OpenApiDocument? document, IReadOnlyList<OpenApiError> errors, IReadOnlyList<OpenApiError> warnings, JObject? json)
    {
        Document = document;
        ParserErrors = errors;
        ParserWarnings = warnings;
        Json = json;
    }

    /// <summary>spec/kling.openapi.yaml, read once for all the tests.</summary>
    public static Task<LintedSpec> Current => TheSpec.Value;

    /// <summary>The parser's model; null when the file is not even YAML.</summary>
    public OpenApiDocument? Document { get; }

    public IReadOnlyList<OpenApiError> ParserErrors { get; }

    public IReadOnlyList<OpenApiError> ParserWarnings { get; }

    /// <summary>The document as JSON; null when the parser could not read it.</summary>
    public JObject? Json { get; }

    public static async Task<LintedSpec> ReadAsync(string path)
    {
        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader();
        ReadResult result;
        await using (var stream = File.OpenRead(path))
        {
            result = await OpenApiDocument.LoadAsync(stream, "yaml", settings);
        }

        var json = result.Document is null ? null : SpecDocument.Load(path);
        return new LintedSpec(
            result.Document,
            [.. result.Diagnostic?.Errors ?? []],
            [.. result.Diagnostic?.Warnings ?? []],
            json);
    }
}
