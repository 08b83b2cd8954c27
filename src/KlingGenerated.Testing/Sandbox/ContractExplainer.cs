using System.Globalization;
using Newtonsoft.Json.Linq;

namespace KlingGenerated.Testing;

// WireMock's matchesJsonSchema decides whether a body breaks the contract, but it cannot say where.
// This walks the same schema over the body to name the first field at fault, the way Kling's 1201
// messages do ("Invalid parameter: duration must be one of 5, 10"). It knows the keywords the spec's
// request schemas use; anything else falls back to a general message rather than a guess.
internal static class ContractExplainer
{
    public static string Explain(JObject schema, string body)
    {
        JToken json;
        try
        {
            json = JToken.Parse(body);
        }
        catch (Newtonsoft.Json.JsonReaderException)
        {
            return "the request body is not JSON";
        }

        return Check(schema, json, path: string.Empty) ?? "the request body does not match the schema";
    }

    /// <summary>
    /// The fields of <paramref name="body"/> that the schema does not name but lets through (an open
    /// object), by path: a body within the contract can still carry them, and a test may want to know.
    /// </summary>
    public static IReadOnlyList<string> UnknownFields(JObject schema, string? body)
    {
        JToken json;
        try
        {
            json = JToken.Parse(body ?? string.Empty);
        }
        catch (Newtonsoft.Json.JsonReaderException)
        {
            return [];
        }

        var found = new List<string>();
        CollectUnknown(schema, json, string.Empty, found);
        return found;
    }

    private static void CollectUnknown(JObject schema, JToken value, string path, List<string> found)
    {
        if (value is JObject obj && schema["properties"] is JObject properties)
        {
            foreach (var (name, field) in obj)
            {
                if (properties[name] is JObject fieldSchema)
                {
                    CollectUnknown(fieldSchema, field!, Join(path, name), found);
                }
                else
                {
                    found.Add(Join(path, name));
                }
            }
        }
        else if (value is JArray array && schema["items"] is JObject items)
        {
            for (var i = 0; i < array.Count; i++)
            {
                CollectUnknown(items, array[i], $"{path}[{i}]", found);
            }
        }
    }

    private static string? Check(JObject schema, JToken value, string path)
    {
        var name = path.Length == 0 ? "the request body" : path;
        if (schema["type"] is { } type && !HasType(type, value))
        {
            var names = type is JArray many ? many.Values<string>() : new[] { type.Value<string>() };
            return $"{name} must be of type {string.Join(" or ", names)}";
        }

        if (schema["enum"] is JArray allowed && !allowed.Any(a => JToken.DeepEquals(a, value)))
        {
            return $"{name} must be one of {string.Join(", ", allowed.Where(a => a.Type != JTokenType.Null).Select(a => a.ToString()))}";
        }

        return value switch
        {
            JObject obj => CheckObject(schema, obj, path),
            JArray array => CheckArray(schema, array, name, path),
            JValue { Type: JTokenType.String } text => CheckString(schema, text.Value<string>()!, name),
            JValue { Type: JTokenType.Integer or JTokenType.Float } number => CheckNumber(schema, number.Value<double>(), name),
            _ => null,
        };
    }

    private static string? CheckObject(JObject schema, JObject value, string path)
    {
        var properties = schema["properties"] as JObject ?? new JObject();
        foreach (var required in schema["required"]?.Values<string>() ?? [])
        {
            if (value[required!] is null)
            {
                return $"{Join(path, required!)} is required";
            }
        }

        // "At least one of these fields": an anyOf whose members only list required fields.
        if (schema["anyOf"] is JArray alternatives
            && alternatives.All(a => a is JObject member && member.Properties().All(p => p.Name == "required"))
            && !alternatives.Any(a => a["required"]!.Values<string>().All(r => value[r!] is not null)))
        {
            var names = alternatives.SelectMany(a => a["required"]!.Values<string>()).Distinct().Select(r => Join(path, r!));
            return $"{string.Join(" or ", names)} is required";
        }

        foreach (var (name, field) in value)
        {
            if (properties[name] is JObject fieldSchema)
            {
                if (Check(fieldSchema, field!, Join(path, name)) is { } problem)
                {
                    return problem;
                }
            }
            else if (schema["additionalProperties"] is JValue { Type: JTokenType.Boolean } open && !open.Value<bool>())
            {
                return $"{Join(path, name)} is not a field of this request";
            }
        }

        return null;
    }

    private static string? CheckArray(JObject schema, JArray value, string name, string path)
    {
        if (schema.Value<int?>("minItems") is { } min && value.Count < min)
        {
            return $"{name} must have at least {min} items";
        }

        if (schema.Value<int?>("maxItems") is { } max && value.Count > max)
        {
            return $"{name} must have at most {max} items";
        }

        if (schema["items"] is JObject items)
        {
            for (var i = 0; i < value.Count; i++)
            {
                if (Check(items, value[i], $"{path}[{i}]") is { } problem)
                {
                    return problem;
                }
            }
        }

        return null;
    }

    private static string? CheckString(JObject schema, string value, string name)
    {
        // JSON Schema counts code points, not UTF-16 units.
        var length = value.EnumerateRunes().Count();
        if (schema.Value<int?>("minLength") is { } min && length < min)
        {
            return min == 1 ? $"{name} must not be empty" : $"{name} must be at least {min} characters";
        }

        return schema.Value<int?>("maxLength") is { } max && length > max
            ? $"{name} must be at most {max} characters (it has {length})"
            : null;
    }

    private static string? CheckNumber(JObject schema, double value, string name)
    {
        if (schema.Value<double?>("minimum") is { } min && value < min)
        {
            return $"{name} must be at least {min.ToString(CultureInfo.InvariantCulture)}";
        }

        return schema.Value<double?>("maximum") is { } max && value > max
            ? $"{name} must be at most {max.ToString(CultureInfo.InvariantCulture)}"
            : null;
    }

    private static bool HasType(JToken type, JToken value) =>
        type is JArray many ? many.Any(t => HasType(t, value)) : type.Value<string>() switch
        {
            "object" => value.Type == JTokenType.Object,
            "array" => value.Type == JTokenType.Array,
            "string" => value.Type == JTokenType.String,
            "integer" => value.Type == JTokenType.Integer || (value.Type == JTokenType.Float && value.Value<double>() % 1 == 0),
            "number" => value.Type is JTokenType.Integer or JTokenType.Float,
            "boolean" => value.Type == JTokenType.Boolean,
            "null" => value.Type == JTokenType.Null,
            _ => true,
        };

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";
}
