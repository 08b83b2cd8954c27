using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace KlingGenerated;

// Adds to the generated result: it is read through TolerantTaskResultConverter, so a task_result of an
// unexpected shape ([] before success, a string, a number) or an oddly typed field inside it never makes
// the whole answer unreadable. The typed views then report a malformed field as what it is.
[JsonConverter(typeof(TolerantTaskResultConverter))]
public partial class TaskResult
{
    /// <summary>What the reading had to set aside, by wire path ("task_result.videos is not an array"), for messages.</summary>
    [JsonIgnore]
    internal List<string> SetAside { get; } = [];
}

/// <summary>
/// Reads <c>task_result</c> whatever its shape. An object is read member by member: a <c>videos</c> or
/// <c>images</c> that is not an array reads as none, an element that is not an object as null, a string
/// field given as a number, boolean, object or array as its JSON text (so an object URL is reported as
/// not an absolute URL and a non-numeric duration as none), and an <c>index</c> that is not an integer as
/// absent. Anything but an object or null (<c>[]</c>, a string, a number) reads as an empty result, as
/// <c>{}</c> does before the task succeeds. Keys the client does not know stay in <see cref="TaskResult.AdditionalProperties"/>.
/// </summary>
internal sealed class TolerantTaskResultConverter : JsonConverter
{
    private static readonly string[] StringFields = ["id", "url", "watermark_url", "duration"];

    public override bool CanWrite => false;

    public override bool CanConvert(Type objectType) => objectType == typeof(TaskResult);

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        var token = JToken.ReadFrom(reader);
        if (token is not JObject result)
        {
            // Not null for [] and the like: the serializer would then try to keep the value as extension data.
            if (token.Type == JTokenType.Null)
            {
                return null;
            }

            var empty = existingValue as TaskResult ?? new TaskResult();
            empty.SetAside.Add($"task_result is {Describe(token)}, not an object");
            return empty;
        }

        var setAside = new List<string>();
        Normalize(result, "videos", setAside);
        Normalize(result, "images", setAside);

        // Populate reads by the contract and never asks for this converter again.
        var typed = existingValue as TaskResult ?? new TaskResult();
        using var members = result.CreateReader();
        serializer.Populate(members, typed);
        typed.SetAside.AddRange(setAside);
        return typed;
    }

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) =>
        throw new NotSupportedException("TaskResult is written by the default contract.");

    private static void Normalize(JObject result, string name, List<string> setAside)
    {
        var property = result.Property(name, StringComparison.Ordinal);
        if (property is null)
        {
            return;
        }

        if (property.Value is not JArray items)
        {
            if (property.Value.Type != JTokenType.Null)
            {
                setAside.Add($"task_result.{name} is {Describe(property.Value)}, not an array");
            }

            property.Value = JValue.CreateNull();
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not JObject item)
            {
                if (items[i].Type != JTokenType.Null)
                {
                    setAside.Add($"task_result.{name}[{i}] is {Describe(items[i])}, not an object");
                }

                items[i] = JValue.CreateNull();
                continue;
            }

            foreach (var field in StringFields)
            {
                if (item.Property(field, StringComparison.Ordinal) is { Value: var value } member
                    && value.Type is not (JTokenType.String or JTokenType.Null))
                {
                    member.Value = value is JValue { Value: { } scalar } && value.Type is JTokenType.Integer or JTokenType.Float or JTokenType.Boolean
                        ? Convert.ToString(scalar, System.Globalization.CultureInfo.InvariantCulture)
                        : value.ToString(Formatting.None);
                }
            }

            if (item.Property("index", StringComparison.Ordinal) is { } index && !IsInt32(index.Value))
            {
                index.Remove();
            }
        }
    }

    // The kind of value, never its content: a result may carry signed URLs.
    private static string Describe(JToken value) => value.Type switch
    {
        JTokenType.Array => ((JArray)value).Count == 0 ? "[]" : "an array",
        JTokenType.Object => "an object",
        JTokenType.String => "a string",
        JTokenType.Integer or JTokenType.Float => "a number",
        JTokenType.Boolean => "a boolean",
        _ => value.Type.ToString().ToLowerInvariant(),
    };

    private static bool IsInt32(JToken value) => value.Type switch
    {
        JTokenType.Null => true,
        JTokenType.Integer => value is JValue { Value: long n } && n is >= int.MinValue and <= int.MaxValue,
        JTokenType.String => int.TryParse((string?)value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _),
        _ => false,
    };
}
