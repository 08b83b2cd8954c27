using Newtonsoft.Json.Linq;

namespace KlingGenerated.Tests.Validation;

/// <summary>One constraint the spec states on a request schema's property, with its value (a limit, or the enum's values).</summary>
internal sealed record SpecConstraint(string Schema, string Property, string Keyword, JToken? Value)
{
    public (string, string, string) Key => (Schema, Property, Keyword);

    public override string ToString() => $"{Schema}.{Property} {Keyword}";
}

/// <summary>Reads every constraint keyword on the schemas that request bodies use, following $refs into nested objects and list items.</summary>
internal static class SpecConstraints
{
    public static readonly string[] Keywords = ["maxLength", "minLength", "minItems", "maxItems", "minimum", "maximum", "enum", "required"];

    public static IReadOnlyList<SpecConstraint> All { get; } = Read(SpecDocument.Current);

    public static SpecConstraint Find(string schema, string property, string keyword) =>
        All.SingleOrDefault(c => c.Key == (schema, property, keyword))
        ?? throw new InvalidOperationException($"The spec has no {keyword} on {schema}.{property}: remove the row from the table.");

    /// <summary>The names of the schemas request bodies use, directly or nested.</summary>
    public static IReadOnlySet<string> RequestSchemas(JObject spec)
    {
        var found = new HashSet<string>();
        var pending = new Stack<string>(
            from operation in SpecDocument.Operations(spec)
            let schema = operation.Operation.SelectToken("requestBody.content['application/json'].schema")
            where schema is not null
            select RefName(schema)!);
        while (pending.TryPop(out var name))
        {
            if (!found.Add(name))
            {
                continue;
            }

            foreach (var property in Properties(spec, name))
            {
                var target = property.Value["items"] ?? property.Value;
                if (RefName(target) is { } nested && SpecDocument.Resolve(spec, target).Value<string>("type") == "object")
                {
                    pending.Push(nested);
                }
            }
        }

        return found;
    }

    private static List<SpecConstraint> Read(JObject spec)
    {
        var constraints = new List<SpecConstraint>();
        foreach (var schema in RequestSchemas(spec).Order(StringComparer.Ordinal))
        {
            var definition = (JObject)spec.SelectToken($"components.schemas.{schema}")!;
            foreach (var required in definition["required"] ?? new JArray())
            {
                constraints.Add(new SpecConstraint(schema, required.Value<string>()!, "required", null));
            }

            foreach (var property in Properties(spec, schema))
            {
                // A $ref'd enum or string (mode, duration, model_name) brings its constraints with it.
                var resolved = (JObject)SpecDocument.Resolve(spec, property.Value);
                foreach (var keyword in Keywords.Where(k => k != "required" && resolved[k] is not null))
                {
                    constraints.Add(new SpecConstraint(schema, property.Name, keyword, resolved[keyword]));
                }
            }
        }

        return constraints;
    }

    private static IEnumerable<JProperty> Properties(JObject spec, string schema) =>
        ((JObject?)spec.SelectToken($"components.schemas.{schema}.properties"))?.Properties() ?? [];

    private static string? RefName(JToken node) => node["$ref"]?.Value<string>()?.Split('/')[^1];
}
