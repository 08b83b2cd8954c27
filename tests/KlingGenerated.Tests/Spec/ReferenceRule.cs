using Newtonsoft.Json.Linq;

namespace KlingGenerated.Tests.Spec;

/// <summary>
/// Every $ref points at something in this document. Microsoft.OpenApi warns only about schema references;
/// a response, parameter or example reference that points nowhere goes unnoticed by it, so every $ref
/// of the JSON is followed here.
/// </summary>
internal static class ReferenceRule
{
    public static IReadOnlyList<string> Check(LintedSpec spec)
    {
        if (spec.Json is not { } json)
        {
            return [];
        }

        var failures = new List<string>();
        foreach (var property in json.Descendants().OfType<JProperty>().Where(p => p.Name == "$ref"))
        {
            var where = SpecLocation.Of(property.Parent!);
            if (property.Value is not JValue { Type: JTokenType.String } value)
            {
                failures.Add($"{where}: $ref is not a string.");
            }
            else if (!value.Value<string>()!.StartsWith('#'))
            {
                failures.Add($"{where}: $ref '{value}' leaves the document; the generator and the sandbox read this one file only.");
            }
            else if (SpecReferences.Target(json, value.Value<string>()!) is null)
            {
                failures.Add($"{where}: $ref '{value}' points nowhere.");
            }
        }

        return failures;
    }
}
