using System.Globalization;
using Newtonsoft.Json.Linq;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KlingGenerated.Tests;

/// <summary>The OpenAPI document read as JSON, with YAML's plain scalars typed as YAML 1.2's core schema says.</summary>
internal static class SpecDocument
{
    private static readonly Lazy<JObject> Spec = new(() => Load(Repository.SpecFile));

    public static JObject Current => Spec.Value;

    public static JObject Load(string path)
    {
        using var reader = new StreamReader(path);
        var stream = new YamlStream();
        stream.Load(reader);
        return (JObject)ToJson(stream.Documents[0].RootNode);
    }

    /// <summary>Every operation as (operationId, method, path, operation).</summary>
    public static IEnumerable<(string OperationId, string Method, string Path, JObject Operation)> Operations(JObject spec) =>
        from path in ((JObject)spec["paths"]!).Properties()
        from method in ((JObject)path.Value).Properties()
        let operation = (JObject)method.Value
        select (operation.Value<string>("operationId")!, method.Name.ToUpperInvariant(), path.Name, operation);

    /// <summary>Follows a local $ref ("#/components/...").</summary>
    public static JToken Resolve(JObject spec, JToken node)
    {
        while (node is JObject { } obj && obj["$ref"] is JValue reference)
        {
            node = spec.SelectToken("$." + string.Join('.', reference.Value<string>()!.TrimStart('#', '/').Split('/').Select(p => $"['{p}']")))!;
        }

        return node;
    }

    private static JToken ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JObject(map.Children.Select(kv => new JProperty(((YamlScalarNode)kv.Key).Value!, ToJson(kv.Value)))),
        YamlSequenceNode seq => new JArray(seq.Children.Select(ToJson)),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    private static JToken Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style != ScalarStyle.Plain)
        {
            return new JValue(text);
        }

        if (text is "null" or "~" or "")
        {
            return JValue.CreateNull();
        }

        if (text is "true" or "false")
        {
            return new JValue(text == "true");
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return new JValue(integer);
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && !text.Any(char.IsLetter)
            ? new JValue(number)
            : new JValue(text);
    }
}
