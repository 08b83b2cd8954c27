using System.Globalization;
using Newtonsoft.Json.Linq;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KlingGenerated.Testing;

// The OpenAPI document read as JSON. Plain YAML scalars are typed as YAML 1.2's core schema says,
// so enum: ['5', '10'] stays strings while maxLength: 500 becomes a number.
internal static class SpecYaml
{
    public static JObject Load(string path)
    {
        using var reader = new StreamReader(path);
        var stream = new YamlStream();
        stream.Load(reader);
        return (JObject)ToJson(stream.Documents[0].RootNode);
    }

    private static JToken ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JObject(map.Children.Select(kv => new JProperty(((YamlScalarNode)kv.Key).Value!, ToJson(kv.Value)))),
        YamlSequenceNode seq => new JArray(seq.Children.Select(ToJson)),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    private static JValue Scalar(YamlScalarNode scalar)
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
