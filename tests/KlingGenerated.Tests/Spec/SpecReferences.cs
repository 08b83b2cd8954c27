using System.Globalization;
using Newtonsoft.Json.Linq;

namespace KlingGenerated.Tests.Spec;

/// <summary>Follows the spec's local references ("#/components/schemas/TaskData") as JSON pointers.</summary>
internal static class SpecReferences
{
    /// <summary>The token a local reference points at, or null when it points nowhere (or outside this document).</summary>
    public static JToken? Target(JObject spec, string reference)
    {
        if (!reference.StartsWith('#'))
        {
            return null;
        }

        JToken? node = spec;
        foreach (var raw in reference[1..].Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var segment = Uri.UnescapeDataString(raw).Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node switch
            {
                JObject obj => obj[segment],
                JArray array when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < array.Count => array[index],
                _ => null,
            };
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    /// <summary>
    /// Follows a chain of $ref objects to the object they stand for, and says which component it came
    /// from (" via #/components/responses/TaskCreated"); null when a reference in the chain points nowhere.
    /// </summary>
    public static JToken? Resolve(JObject spec, JToken node, out string via)
    {
        via = string.Empty;
        for (var hops = 0; node is JObject obj && obj["$ref"] is JValue { Type: JTokenType.String } reference; hops++)
        {
            if (hops == 32)
            {
                return null;
            }

            via = $" via {reference.Value<string>()}";
            var target = Target(spec, reference.Value<string>()!);
            if (target is null)
            {
                return null;
            }

            node = target;
        }

        return node;
    }
}
