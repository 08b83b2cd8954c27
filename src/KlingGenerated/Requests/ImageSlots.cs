using System.Globalization;
using System.Runtime.Serialization;
using System.Text;
using Newtonsoft.Json;

namespace KlingGenerated;

/// <summary>
/// Where the local images of one request body go. The body's JSON is serialized with this object as
/// the serializer's context, so <see cref="KlingImageJsonConverter"/> writes each local image as an
/// empty JSON string and records the position between its quotes; <see cref="StreamedJsonContent"/>
/// then streams each image's Base64 into its position. No stand-in text is written, so nothing a
/// caller puts in the request can be mistaken for an image.
/// </summary>
internal sealed class ImageSlots
{
    private readonly StringBuilder _json = new(256);
    private List<(int Offset, KlingImage Image)>? _slots;

    /// <summary>The images, in the order they appear, each with the character offset in the JSON where its Base64 goes.</summary>
    public IReadOnlyList<(int Offset, KlingImage Image)> Images => _slots ?? (IReadOnlyList<(int, KlingImage)>)[];

    /// <summary>Serializes <paramref name="body"/> as <c>JsonConvert.SerializeObject</c> would, each local image an empty string with a recorded slot.</summary>
    public static string Serialize(object body, JsonSerializerSettings settings, out ImageSlots slots)
    {
        slots = new ImageSlots();
        var serializer = JsonSerializer.CreateDefault(settings);
        // StreamingContext is Newtonsoft's one channel from a serialize call to its converters. Its
        // constructor is marked obsolete for BinaryFormatter's sake, which nothing here uses.
#pragma warning disable SYSLIB0050
        serializer.Context = new StreamingContext(StreamingContextStates.Other, slots);
#pragma warning restore SYSLIB0050
        using (var writer = new JsonTextWriter(new StringWriter(slots._json, CultureInfo.InvariantCulture)) { Formatting = serializer.Formatting })
        {
            serializer.Serialize(writer, body);
        }

        return slots._json.ToString();
    }

    /// <summary>Writes <paramref name="image"/>'s value as <c>""</c> and records the slot between the quotes.</summary>
    public void Write(JsonWriter writer, KlingImage image)
    {
        writer.WriteRawValue("\"\"");
        writer.Flush(); // so the text so far is in the builder and its length is the position
        (_slots ??= []).Add((_json.Length - 1, image));
    }
}
