using System.CommandLine;
using KlingGenerated.Cli.Batch;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace KlingGenerated.Cli;

/// <summary>
/// <c>--set field=value</c>: any request field by its API name, so a field Kling adds, or one the
/// command has no option for, can be sent without a new release. A known field lands in its typed
/// property and is validated with the rest of the request; any other goes to the request's extra
/// fields and reaches the wire as given.
/// </summary>
internal static class FieldAssignments
{
    /// <param name="request">The request the named options have filled.</param>
    /// <param name="assignments">The <c>--set</c> values, in order.</param>
    /// <param name="named">Which option of the command sets which field, so one field is never given twice.</param>
    public static void Apply(object request, IReadOnlyList<string>? assignments, IReadOnlyList<(string Field, Option Option)> named, ParseResult parse, CliHost host)
    {
        if (assignments is not { Count: > 0 })
        {
            return;
        }

        var serializer = Serializer(host);
        var contract = (JsonObjectContract)serializer.ContractResolver.ResolveContract(request.GetType());
        var known = new JObject();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var assignment in assignments)
        {
            var (field, value) = Read(assignment);
            if (!seen.Add(field))
            {
                throw new CliUsageException($"--set {field} is given more than once; give each field once.");
            }

            if (named.FirstOrDefault(n => n.Field == field && parse.GetResult(n.Option) is { Implicit: false }).Option is { } option)
            {
                throw new CliUsageException($"{option.Name} and --set {field} both set {field}; give one of them.");
            }

            // Ordinal, as on the wire: "Prompt" is not "prompt", so it goes out as the extra field it is.
            var property = contract.Properties.FirstOrDefault(p => !p.Ignored && string.Equals(p.PropertyName, field, StringComparison.Ordinal));
            if (property is null)
            {
                contract.ExtensionDataSetter!(request, field, value);
                continue;
            }

            // A number for an enum would be read as the enum's position, not its wire value: 5 is not "5".
            if (value.Type == JTokenType.Integer && (Nullable.GetUnderlyingType(property.PropertyType!) ?? property.PropertyType!).IsEnum)
            {
                throw new CliUsageException($"--set {field}={value}: {field} takes a JSON string; write --set '{field}=\"{value}\"'.");
            }

            known[field] = value;
        }

        try
        {
            using var reader = known.CreateReader();
            serializer.Populate(reader, request);
        }
        catch (JsonException e)
        {
            throw new CliUsageException($"--set: {e.Message}");
        }
    }

    /// <summary>One <c>field=value</c>: the value as JSON when it is valid JSON, else as text.</summary>
    internal static (string Field, JToken Value) Read(string assignment)
    {
        var equals = assignment.IndexOf('=', StringComparison.Ordinal);
        if (equals < 0 || string.IsNullOrWhiteSpace(assignment[..equals]))
        {
            throw new CliUsageException($"--set {JsonConvert.ToString(assignment)} is not <field>=<value>, e.g. --set 'watermark_info={{\"enabled\":true}}'.");
        }

        var text = assignment[(equals + 1)..];
        return (assignment[..equals], IsJson(text) ? Parse(text) : new JValue(text));
    }

    // Newtonsoft also reads NaN, comments and single quotes; only what JSON itself allows is taken as JSON.
    private static bool IsJson(string text)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(text);
            return true;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    // Dates stay the strings they were: a date-shaped value must reach the wire unchanged.
    private static JToken Parse(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
        return JToken.ReadFrom(reader);
    }

    // The client writes requests with Newtonsoft's defaults, so these read them back the same way; image
    // fields take a file or URL as on the command line, and a list given replaces the list, never adds to it.
    private static JsonSerializer Serializer(CliHost host) => JsonSerializer.Create(new JsonSerializerSettings
    {
        ObjectCreationHandling = ObjectCreationHandling.Replace,
        ContractResolver = new RequestContractResolver(new BatchImageConverter(host.CurrentDirectory, host), requiredFieldsOptional: true),
    });
}
