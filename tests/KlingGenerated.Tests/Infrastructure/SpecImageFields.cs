using Newtonsoft.Json.Linq;

namespace KlingGenerated.Tests;

/// <summary>The request fields the spec marks as images (<c>format: kling-image</c>), as (schema, wire name).</summary>
internal static class SpecImageFields
{
    public const string Format = "kling-image";

    public static IReadOnlyList<(string Schema, string WireName)> Marked { get; } =
    [
        .. from schema in Validation.SpecConstraints.RequestSchemas(SpecDocument.Current).Order(StringComparer.Ordinal)
           from property in Properties(schema)
           where SpecDocument.Resolve(SpecDocument.Current, property.Value).Value<string>("format") == Format
           select (schema, property.Name),
    ];

    public static IEnumerable<JProperty> Properties(string schema) =>
        ((JObject?)SpecDocument.Current.SelectToken($"components.schemas.{schema}.properties"))?.Properties() ?? [];
}
