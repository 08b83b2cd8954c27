using Newtonsoft.Json.Linq;

namespace KlingGenerated.Testing;

/// <summary>
/// The request body schema of every create operation, taken from spec/kling.openapi.yaml when the
/// sandbox starts and turned into plain JSON Schema (draft 7) that WireMock's matchesJsonSchema runs.
/// </summary>
internal sealed class SpecRequestSchemas
{
    private readonly Dictionary<string, JObject> _byOperation;

    private SpecRequestSchemas(Dictionary<string, JObject> byOperation) => _byOperation = byOperation;

    /// <summary>The spec shipped beside this assembly.</summary>
    public static string SpecFile => Path.Combine(AppContext.BaseDirectory, "contract", "kling.openapi.yaml");

    public static SpecRequestSchemas Load(string specFile)
    {
        if (!File.Exists(specFile))
        {
            throw new FileNotFoundException($"The Kling spec is missing at {specFile}; the KlingGenerated.Testing build copies it there.", specFile);
        }

        var spec = SpecYaml.Load(specFile);
        var schemas = new Dictionary<string, JObject>(StringComparer.Ordinal);
        foreach (var path in ((JObject)spec["paths"]!).Properties())
        {
            foreach (var operation in ((JObject)path.Value).Properties().Select(p => p.Value).OfType<JObject>())
            {
                if (operation.SelectToken("requestBody.content['application/json'].schema") is JObject schema)
                {
                    schemas[operation.Value<string>("operationId")!] = (JObject)ToJsonSchema(spec, schema, depth: 0);
                }
            }
        }

        return new SpecRequestSchemas(schemas);
    }

    /// <summary>The plain JSON Schema of an operation's request body.</summary>
    public JObject For(string operationId) =>
        _byOperation.TryGetValue(operationId, out var schema)
            ? schema
            : throw new KeyNotFoundException($"The spec has no JSON request body for operation '{operationId}'.");

    // Inlines every $ref (WireMock gets one self-contained schema) and drops or rewrites what is
    // OpenAPI 3.0 rather than JSON Schema: nullable, example, description, format, x-* extensions.
    private static JToken ToJsonSchema(JObject spec, JToken node, int depth)
    {
        if (depth > 32)
        {
            throw new InvalidOperationException("The request schema is recursive; the sandbox can only inline finite schemas.");
        }

        if (node is JArray array)
        {
            return new JArray(array.Select(item => ToJsonSchema(spec, item, depth + 1)));
        }

        if (node is not JObject schema)
        {
            return node.DeepClone();
        }

        if (schema["$ref"] is JValue reference)
        {
            return ToJsonSchema(spec, Resolve(spec, reference.Value<string>()!), depth + 1);
        }

        var result = new JObject();
        foreach (var (name, value) in schema)
        {
            switch (name)
            {
                case "description" or "example" or "examples" or "format" or "nullable" or "deprecated" or "externalDocs" or "xml" or "readOnly" or "writeOnly":
                    break;
                case var extension when extension.StartsWith("x-", StringComparison.Ordinal):
                    break;
                case "properties":
                    result[name] = new JObject(((JObject)value!).Properties().Select(p => new JProperty(p.Name, ToJsonSchema(spec, p.Value, depth + 1))));
                    break;
                case "items" or "additionalProperties" or "not" or "allOf" or "anyOf" or "oneOf":
                    result[name] = ToJsonSchema(spec, value!, depth + 1);
                    break;
                default:
                    result[name] = value!.DeepClone();
                    break;
            }
        }

        if (schema.Value<bool?>("nullable") == true)
        {
            if (result["type"] is JValue type)
            {
                result["type"] = new JArray(type.Value<string>()!, "null");
            }

            if (result["enum"] is JArray values)
            {
                values.Add(JValue.CreateNull());
            }
        }

        return result;
    }

    private static JToken Resolve(JObject spec, string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new NotSupportedException($"Only local references are supported, not '{reference}'.");
        }

        JToken? node = spec;
        foreach (var part in reference[2..].Split('/'))
        {
            node = node?[part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)];
        }

        return node ?? throw new InvalidOperationException($"The spec reference '{reference}' leads nowhere.");
    }
}
