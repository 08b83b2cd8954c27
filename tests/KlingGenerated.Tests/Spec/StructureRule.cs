using System.Text.RegularExpressions;
using Microsoft.OpenApi;

namespace KlingGenerated.Tests.Spec;

/// <summary>
/// What Microsoft.OpenApi reports: errors and warnings while reading (YAML syntax, unknown or missing
/// fields, wrong types, schema references that point nowhere) and the findings of its default
/// validation rule set (path parameters, component names, server URLs and so on).
/// </summary>
internal static partial class StructureRule
{
    public static IReadOnlyList<string> Check(LintedSpec spec)
    {
        var found = new List<(string Kind, OpenApiError Error)>();
        found.AddRange(spec.ParserErrors.Select(e => ("error", e)));
        found.AddRange(spec.ParserWarnings.Select(e => ("warning", e)));
        if (spec.Document is { } document)
        {
            found.AddRange(document.Validate(ValidationRuleSet.GetDefaultRuleSet())?
                .Select(e => (e is OpenApiValidatorWarning ? "warning" : "error", e)) ?? []);
        }

        return
        [
            .. found
                .Select(f => $"{SpecLocation.FromPointer(PointerOf(f.Error))}: {f.Kind}: {f.Error.Message}")
                .Distinct(StringComparer.Ordinal),
        ];
    }

    // Some reader errors leave Pointer empty and put the place in the message ("... at #/paths/...").
    private static string? PointerOf(OpenApiError error) =>
        !string.IsNullOrEmpty(error.Pointer) ? error.Pointer
        : PointerInMessage().Match(error.Message) is { Success: true } match ? match.Groups[1].Value
        : null;

    [GeneratedRegex(@" at (#/\S*)")]
    private static partial Regex PointerInMessage();
}
