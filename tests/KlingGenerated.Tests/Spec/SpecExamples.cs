using Newtonsoft.Json.Linq;

namespace KlingGenerated.Tests.Spec;

/// <summary>
/// Finds every example of the spec with the schema it belongs to: a media type's example and examples
/// (request bodies, responses), a parameter's or a header's, and a schema's own example, at any depth.
/// Operations are walked first and shared components once, so an example in a shared response is named
/// by the first operation that uses it ("GET /... , response 200 via #/components/responses/TaskList").
/// Components no operation uses are walked afterwards under their own names.
/// </summary>
internal sealed class SpecExamples
{
    private readonly JObject _spec;
    private readonly HashSet<JToken> _visited = new(ReferenceEqualityComparer.Instance);
    private readonly List<SpecExample> _found = [];

    private SpecExamples(JObject spec) => _spec = spec;

    public static IReadOnlyList<SpecExample> In(JObject spec)
    {
        var walker = new SpecExamples(spec);
        walker.WalkOperations();
        walker.WalkComponents();
        return walker._found;
    }

    private void WalkOperations()
    {
        foreach (var path in Children(_spec["paths"]))
        {
            if (Resolve(path.Value, out _) is not JObject item)
            {
                continue;
            }

            foreach (var method in item.Properties().Where(p => SpecOperations.Methods.Contains(p.Name)))
            {
                var where = $"{method.Name.ToUpperInvariant()} {path.Name}";
                foreach (var parameter in (item["parameters"] as JArray ?? []).Concat(method.Value["parameters"] as JArray ?? []))
                {
                    Parameter(where, parameter);
                }

                if (method.Value["requestBody"] is { } requestBody && Resolve(requestBody, out var via) is JObject body)
                {
                    Content($"{where}, request body{via}", body["content"]);
                }

                foreach (var response in Children(method.Value["responses"]))
                {
                    Response($"{where}, response {response.Name}", response.Value);
                }
            }
        }
    }

    private void WalkComponents()
    {
        var components = _spec["components"];
        foreach (var parameter in Children(components?["parameters"]))
        {
            Parameter("#/components/parameters", parameter.Value);
        }

        foreach (var body in Children(components?["requestBodies"]))
        {
            Content($"#/components/requestBodies/{body.Name}", body.Value["content"]);
        }

        foreach (var response in Children(components?["responses"]))
        {
            Response($"#/components/responses/{response.Name}", response.Value);
        }

        foreach (var header in Children(components?["headers"]))
        {
            Header($"#/components/headers/{header.Name}", header.Value);
        }

        foreach (var example in Children(components?["examples"]))
        {
            if (_visited.Add(example.Value) && example.Value["value"] is { } value)
            {
                // Its schema is the one of wherever it is used; unused, it has none to be checked against.
                _found.Add(new SpecExample($"#/components/examples/{example.Name} (used nowhere)", value, null));
            }
        }

        foreach (var schema in Children(components?["schemas"]))
        {
            Schema($"#/components/schemas/{schema.Name}", schema.Value);
        }
    }

    private void Response(string where, JToken node)
    {
        if (Resolve(node, out var via) is not JObject response)
        {
            return;
        }

        Content(where + via, response["content"]);
        foreach (var header in Children(response["headers"]))
        {
            Header($"{where}{via}, header {header.Name}", header.Value);
        }
    }

    private void Parameter(string where, JToken node)
    {
        if (Resolve(node, out var via) is not JObject parameter || !_visited.Add(parameter))
        {
            return;
        }

        var at = $"{where}, parameter {parameter.Value<string>("name")} ({parameter.Value<string>("in")}){via}";
        Examples(at, parameter, parameter["schema"]);
        Schema($"{at}, schema", parameter["schema"]);
        Content(at, parameter["content"]);
    }

    private void Header(string where, JToken node)
    {
        if (Resolve(node, out var via) is not JObject header || !_visited.Add(header))
        {
            return;
        }

        var at = where + via;
        Examples(at, header, header["schema"]);
        Schema($"{at}, schema", header["schema"]);
        Content(at, header["content"]);
    }

    private void Content(string where, JToken? content)
    {
        foreach (var media in Children(content))
        {
            if (media.Value is not JObject mediaType || !_visited.Add(mediaType))
            {
                continue;
            }

            var at = $"{where}, {media.Name}";
            Examples(at, mediaType, mediaType["schema"]);
            Schema($"{at}, schema", mediaType["schema"]);
        }
    }

    private void Examples(string where, JObject holder, JToken? schema)
    {
        if (holder.TryGetValue("example", StringComparison.Ordinal, out var single))
        {
            _found.Add(new SpecExample($"{where}, example", single, schema));
        }

        foreach (var named in Children(holder["examples"]))
        {
            if (Resolve(named.Value, out var via) is JObject example && example.TryGetValue("value", StringComparison.Ordinal, out var value))
            {
                _visited.Add(example);
                _found.Add(new SpecExample($"{where}, example '{named.Name}'{via}", value, schema));
            }
        }
    }

    // A schema's own example, then those of the schemas inside it. Named schemas ($ref) are walked once,
    // under their own names, from components.
    private void Schema(string where, JToken? node)
    {
        if (node is not JObject schema || schema.ContainsKey("$ref") || !_visited.Add(schema))
        {
            return;
        }

        if (schema.TryGetValue("example", StringComparison.Ordinal, out var example))
        {
            _found.Add(new SpecExample($"{where}, example", example, schema));
        }

        foreach (var property in Children(schema["properties"]))
        {
            Schema($"{where}/properties/{property.Name}", property.Value);
        }

        Schema($"{where}/items", schema["items"]);
        Schema($"{where}/additionalProperties", schema["additionalProperties"]);
        Schema($"{where}/not", schema["not"]);
        foreach (var keyword in new[] { "allOf", "oneOf", "anyOf" })
        {
            var index = 0;
            foreach (var member in schema[keyword] as JArray ?? [])
            {
                Schema($"{where}/{keyword}/{index++}", member);
            }
        }
    }

    private JToken? Resolve(JToken node, out string via) => SpecReferences.Resolve(_spec, node, out via);

    private static IEnumerable<JProperty> Children(JToken? node) => node is JObject obj ? obj.Properties() : [];
}
