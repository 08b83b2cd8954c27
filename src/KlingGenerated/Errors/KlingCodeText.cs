using System.Globalization;
using System.Text;
using System.Text.Json;
using Newtonsoft.Json.Linq;

namespace KlingGenerated;

// Kling's `code` as the server wrote it, of any size or JSON type: an int (or a numeric string) is a code
// the client can classify; anything else (2^40, 1.5, true, an object) is kept as text, so a hostile or
// broken server can never crash the error handling itself. It is kept whole and shown only through
// Redacted, which redacts before it cuts short: a key cut in half would no longer match the redaction.
internal readonly record struct KlingCodeText(int? Number, string? Text)
{
    private const int MaxTextLength = 64;

    /// <summary>A code is there, whatever its type.</summary>
    public bool IsPresent => Number is not null || Text is not null;

    /// <summary>A code other than 0 (success): a refusal, or a code that is not an int.</summary>
    public bool IsNonZero => Text is not null || Number is not null and not 0;

    /// <summary>How the code reads in a message.</summary>
    public override string ToString() => Number?.ToString(CultureInfo.InvariantCulture) ?? Text ?? string.Empty;

    /// <summary>The code of a parsed body, its text kept whole as <see cref="Read"/> keeps it.</summary>
    public static KlingCodeText Of(JToken? token) => token?.Type switch
    {
        null or JTokenType.Null or JTokenType.Undefined => default,
        JTokenType.Integer when token is JValue { Value: long value } && value is >= int.MinValue and <= int.MaxValue => new((int)value, null),
        JTokenType.String => FromString(token.Value<string>() ?? string.Empty),
        _ => new(null, token.ToString(Newtonsoft.Json.Formatting.None)),
    };

    /// <summary>
    /// Reads the value the reader is on (and skips it when it is an object or an array); <paramref name="body"/> is what the reader reads.
    /// The text is kept whole, as the server wrote it: <see cref="Redacted"/> makes it fit to show.
    /// </summary>
    /// <exception cref="InvalidOperationException">The code is a string that is not valid UTF-8.</exception>
    public static KlingCodeText Read(ref Utf8JsonReader reader, ReadOnlySpan<byte> body)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return default;
            case JsonTokenType.Number:
                return reader.TryGetInt32(out var number) ? new(number, null) : new(null, Encoding.UTF8.GetString(reader.ValueSpan));
            case JsonTokenType.String:
                return FromString(reader.GetString() ?? string.Empty);
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                return new(null, Encoding.UTF8.GetString(body[start..(int)reader.BytesConsumed]));
            default:
                return new(null, Encoding.UTF8.GetString(reader.ValueSpan));
        }
    }

    /// <summary>The code with its text redacted, then cut short: as an exception or a message may show it.</summary>
    public KlingCodeText Redacted(KnownSecrets secrets) => Text is null ? this : new(null, Shorten(Text, secrets));

    private static KlingCodeText FromString(string text) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? new(number, null)
            : new(null, text.Length == 0 ? "\"\"" : text);

    /// <summary>The text redacted, then cut to at most <see cref="MaxTextLength"/> characters.</summary>
    public static string Shorten(string text, KnownSecrets secrets)
    {
        var redacted = secrets.Redact(text);
        return redacted.Length <= MaxTextLength ? redacted : redacted[..MaxTextLength] + "...";
    }
}
