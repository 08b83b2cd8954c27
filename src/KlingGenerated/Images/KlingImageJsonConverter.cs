using Newtonsoft.Json;

namespace KlingGenerated;

/// <summary>
/// Writes a <see cref="KlingImage"/> as its image field holds it on the wire: the URL, or the raw
/// Base64 of a local image; and reads such a string back (an http or https URL, otherwise Base64).
/// </summary>
/// <remarks>
/// <para>KlingImage carries this converter itself, so any Newtonsoft serializer (<c>JsonConvert</c>
/// included) writes the request JSON Kling receives, and a request copied through JSON keeps its
/// images. Writing a local image this way reads it into memory; <see cref="KlingClient"/> instead
/// streams it into the request body.</para>
/// </remarks>
internal sealed class KlingImageJsonConverter : JsonConverter<KlingImage?>
{
    /// <inheritdoc />
    public override void WriteJson(JsonWriter writer, KlingImage? value, JsonSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(serializer);
        if (value is null)
        {
            writer.WriteNull();
        }
        else if (value.Url is not null)
        {
            writer.WriteValue(value.Url.OriginalString);
        }
        else if (serializer.Context.Context is ImageSlots slots)
        {
            // The client's own body: an empty string here, the Base64 streamed into it when sent.
            slots.Write(writer, value);
        }
        else
        {
            writer.WriteValue(value.ReadBase64());
        }
    }

    /// <inheritdoc />
    /// <exception cref="JsonSerializationException">The field holds neither an http(s) URL nor Base64 text.</exception>
    public override KlingImage? ReadJson(JsonReader reader, Type objectType, KlingImage? existingValue, bool hasExistingValue, JsonSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (reader.TokenType == JsonToken.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonToken.String || reader.Value is not string { Length: > 0 } text)
        {
            throw Unreadable(reader, reader.TokenType == JsonToken.String ? "an empty string" : $"a JSON {reader.TokenType.ToString().ToLowerInvariant()}");
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var url) && KlingImage.IsHttpUrl(url))
        {
            return KlingImage.FromUrl(url);
        }

        try
        {
            return KlingImage.FromBase64(text);
        }
        catch (FormatException)
        {
            throw Unreadable(reader, "a string that is neither an http(s) URL nor Base64");
        }
    }

    private static JsonSerializationException Unreadable(JsonReader reader, string found)
    {
        var line = reader as IJsonLineInfo;
        return new JsonSerializationException(
            $"{reader.Path}: an image field holds an http or https URL or the raw Base64 of a JPEG or PNG, not {found}.",
            reader.Path, line?.LineNumber ?? 0, line?.LinePosition ?? 0, innerException: null);
    }
}
