using System.Globalization;
using System.Text;
using System.Text.Json;
using Newtonsoft.Json.Linq;

namespace KlingGenerated;

// Kling's `code` as the server wrote it, of any size or JSON type: an int (or a numeric string) is a code
// the client can classify; anything else (2^40, 1.5, true, an object) is kept as short text for messages,
// so a hostile or broken server can never crash the error handling itself. The text is redacted before it
// is cut short: a key cut in half would no longer match what the redaction looks for.
internal readonly record struct KlingCodeText(int? Number, string? Text)
{
    private const int MaxTextLength = 64;

    /// <summary>A code is there, whatever its type.</summary>
    public bool IsPresent => Number is not null || Text is not null;

    /// <summary>A code other than 0 (success): a refusal, or a code that is not an int.</summary>
    public bool IsNonZero => Text is not null || Number is not null and not 0;

    /// <summary>How the code reads in a message.</summary>
    public override string ToString() => Number?.ToString(CultureInfo.InvariantCulture) ?? Text ?? string.Empty;

    public static KlingCodeText Of(JToken? token, KnownSecrets secrets) => token?.Type switch
    {
        null or JTokenType.Null or JTokenType.Undefined => default,
        JTokenType.Integer when token is JValue { Value: long value } && value is >= int.MinValue and <= int.MaxValue => new((int)value, null),
        JTokenType.String => FromString(token.Value<string>() ?? string.Empty, secrets),
        _ => new(null, Shorten(token.ToString(Newtonsoft.Json.Formatting.None), secrets)),
    };

    /// <summary>Reads the value the reader is on (and skips it when it is an object or an array); <paramref name="body"/> is what the reader reads.</summary>
    /// <exception cref="InvalidOperationException">The code is a string that is not valid UTF-8.</exception>
    public static KlingCodeText Read(ref Utf8JsonReader reader, ReadOnlySpan<byte> body)
    {
        var secrets = KnownSecrets.None;
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return default;
            case JsonTokenType.Number:
                return reader.TryGetInt32(out var number) ? new(number, null) : new(null, Shorten(Encoding.UTF8.GetString(reader.ValueSpan), secrets));
            case JsonTokenType.String:
                return FromString(reader.GetString() ?? string.Empty, secrets);
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                return new(null, Shorten(Encoding.UTF8.GetString(body[start..(int)reader.BytesConsumed]), secrets));
            default:
                return new(null, Shorten(Encoding.UTF8.GetString(reader.ValueSpan), secrets));
        }
    }

    private static KlingCodeText FromString(string text, KnownSecrets secrets) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? new(number, null)
            : new(null, text.Length == 0 ? "\"\"" : Shorten(text, secrets));

    /// <summary>The text redacted, then cut to at most <see cref="MaxTextLength"/> characters.</summary>
    public static string Shorten(string text, KnownSecrets secrets)
    {
        var redacted = secrets.Redact(text);
        return redacted.Length <= MaxTextLength ? redacted : redacted[..MaxTextLength] + "...";
    }
}
