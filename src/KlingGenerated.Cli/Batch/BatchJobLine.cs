using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace KlingGenerated.Cli.Batch;

/// <summary>
/// One line of a jobs file and the key that identifies its job across runs: the line's <c>id</c> when it
/// has one, else a hash of its content. Line numbers are only for display, so inserting, deleting or
/// reordering lines never makes one job pass for another.
/// </summary>
/// <param name="Line">Its line number in the file (from 1), for messages.</param>
/// <param name="Key">The job's key: safe as a file name, unique in the file once <see cref="BatchJobFile"/> has checked.</param>
/// <param name="Content">A hash of the job's fields (without <c>id</c>), to notice an edited line that kept its id.</param>
/// <param name="Json">The job's fields without <c>id</c>, or null when the line is not a JSON object.</param>
/// <param name="Error">Why the line cannot be a job, or null.</param>
internal sealed partial record BatchJobLine(int Line, string Key, string Content, JObject? Json, string? Error)
{
    public const string IdField = "id";

    private const int KeyLength = 12;

    public bool HasExplicitId { get; init; }

    public static BatchJobLine Read(int line, string text)
    {
        JObject json;
        try
        {
            json = JObject.Parse(text, new JsonLoadSettings { DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error });
        }
        catch (JsonException e)
        {
            var raw = Hash(text.Trim());
            return new BatchJobLine(line, raw[..KeyLength], raw, null, $"not a JSON object ({e.Message})");
        }

        var id = json[IdField];
        json.Remove(IdField);
        var content = Hash(Canonical(json).ToString(Formatting.None));
        if (id is null)
        {
            return new BatchJobLine(line, content[..KeyLength], content, json, null);
        }

        var text2 = id.Type == JTokenType.String ? id.Value<string>()! : id.ToString(Formatting.None);
        var error = IsSafeId(text2) ? null
            : $"\"{IdField}\" must be 1 to 64 letters, digits, '-' or '_', starting with a letter or digit (not a device name such as CON), not {Quote(text2)}.";
        return new BatchJobLine(line, error is null ? text2 : content[..KeyLength], content, json, error) { HasExplicitId = true };
    }

    /// <summary>The job's key for display: its id, or its content key.</summary>
    public override string ToString() => $"job {Key} (line {Line})";

    private static bool IsSafeId(string id) => SafeId().IsMatch(id) && !ReservedName().IsMatch(id);

    private static string Quote(string text) => JsonConvert.ToString(text.Length > 80 ? text[..80] + "..." : text);

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>The same JSON with every object's properties in ordinal order, so key order and spacing do not change a job.</summary>
    private static JToken Canonical(JToken token) => token switch
    {
        JObject o => new JObject(o.Properties().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => new JProperty(p.Name, Canonical(p.Value)))),
        JArray a => new JArray(a.Select(Canonical)),
        _ => token.DeepClone(),
    };

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")]
    private static partial Regex SafeId();

    // Windows device names cannot be file names, whatever the extension.
    [GeneratedRegex("^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])$", RegexOptions.IgnoreCase)]
    private static partial Regex ReservedName();
}
