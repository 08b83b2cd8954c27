using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Generation;
using NJsonSchema.Infrastructure;
using NJsonSchema.Validation;

namespace KlingGenerated.Tests.Spec;

/// <summary>
/// Every example validates against its own schema, by NJsonSchema read as OpenAPI 3.0 (so `nullable`
/// counts). The examples' schemas are read together with the spec's components.schemas, as
/// "definitions" of one JSON Schema document, their references rewritten to match.
/// </summary>
internal static class ExampleRule
{
    private const string ComponentSchemas = "#/components/schemas/";

    public static async Task<IReadOnlyList<string>> CheckAsync(LintedSpec spec)
    {
        if (spec.Json is not { } json)
        {
            return [];
        }

        var failures = new List<string>();
        var examples = new List<(SpecExample Example, string Key)>();
        var definitions = (JObject)Rewrite(json.SelectToken("components.schemas") ?? new JObject());
        foreach (var example in SpecExamples.In(json))
        {
            if (example.Schema is not JObject schema)
            {
                failures.Add($"{example.Location}: there is no schema to check the example against.");
                continue;
            }

            // Each example's schema joins the spec's schemas under a name of its own, so that all of
            // them are read (and their references resolved) once.
            var key = $"(example {examples.Count})";
            definitions[key] = Rewrite(schema);
            examples.Add((example, key));
        }

        JsonSchema loaded;
        try
        {
            loaded = await LoadAsync(new JObject { ["definitions"] = definitions });
        }
        catch (InvalidOperationException e)
        {
            return [.. failures, $"#/components/schemas: the schemas could not be read to check the examples: {e.Message}"];
        }

        foreach (var (example, key) in examples)
        {
            // A detached copy, so that the errors' paths start at the example ("#/data.created_at").
            var errors = loaded.Definitions[key].Validate(example.Value.DeepClone(), SchemaType.OpenApi3);
            if (errors.Count > 0)
            {
                failures.Add($"{example.Location}: the example does not match its schema: {string.Join("; ", Flatten(errors))}");
            }
        }

        return failures;
    }

    private static Task<JsonSchema> LoadAsync(JObject root) =>
        JsonSchemaSerialization.FromJsonAsync<JsonSchema>(
            root.ToString(),
            SchemaType.OpenApi3,
            documentPath: null,
            s => new JsonReferenceResolver(new JsonSchemaAppender(s, new DefaultTypeNameGenerator())),
            JsonSchema.CreateJsonSerializerContractResolver(SchemaType.OpenApi3),
            CancellationToken.None);

    // A copy whose "#/components/schemas/X" references read "#/definitions/X".
    private static JToken Rewrite(JToken schema)
    {
        var copy = schema.DeepClone();
        var references = copy is JContainer container
            ? container.Descendants().OfType<JProperty>().Where(p => p.Name == "$ref" && p.Value.Type == JTokenType.String).ToList()
            : [];
        foreach (var reference in references)
        {
            var target = reference.Value.Value<string>()!;
            if (target.StartsWith(ComponentSchemas, StringComparison.Ordinal))
            {
                reference.Value = "#/definitions/" + target[ComponentSchemas.Length..];
            }
        }

        return copy;
    }

    private static IEnumerable<string> Flatten(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(e => e is ChildSchemaValidationError child
            ? child.Errors.SelectMany(c => Flatten(c.Value)).Prepend($"{e.Path}: {e.Kind}")
            : [$"{e.Path}: {e.Kind}"]);
}
