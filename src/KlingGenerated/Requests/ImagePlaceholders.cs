using System.Globalization;
using System.Runtime.Serialization;
using System.Text;
using Newtonsoft.Json;

namespace KlingGenerated;

/// <summary>
/// The local images of one request body. The body's JSON is serialized with this object as the
/// serializer's context, so <see cref="KlingImageJsonConverter"/> writes each local image as a
/// placeholder made here, and <see cref="StreamedJsonContent"/> streams each image's Base64 in its
/// place. The placeholders belong to this body alone: nothing outside it can resolve them.
/// </summary>
internal sealed class ImagePlaceholders
{
    private Dictionary<string, KlingImage>? _images;

    /// <summary>The images written so far, by the placeholder that stands for each.</summary>
    public IReadOnlyDictionary<string, KlingImage> Images =>
        _images ?? (IReadOnlyDictionary<string, KlingImage>)System.Collections.Frozen.FrozenDictionary<string, KlingImage>.Empty;

    /// <summary>Serializes <paramref name="body"/> as <c>JsonConvert.SerializeObject</c> would, local images as placeholders.</summary>
    public static string Serialize(object body, JsonSerializerSettings settings, out ImagePlaceholders placeholders)
    {
        placeholders = new ImagePlaceholders();
        var serializer = JsonSerializer.CreateDefault(settings);
        // StreamingContext is Newtonsoft's one channel from a serialize call to its converters. Its
        // constructor is marked obsolete for BinaryFormatter's sake, which nothing here uses.
#pragma warning disable SYSLIB0050
        serializer.Context = new StreamingContext(StreamingContextStates.Other, placeholders);
#pragma warning restore SYSLIB0050
        var text = new StringWriter(new StringBuilder(256), CultureInfo.InvariantCulture);
        using (var writer = new JsonTextWriter(text) { Formatting = serializer.Formatting })
        {
            serializer.Serialize(writer, body);
        }

        return text.ToString();
    }

    /// <summary>A placeholder for <paramref name="image"/>, new for each use, so no two images can share one.</summary>
    public string Add(KlingImage image)
    {
        // Random, so no text a caller writes into the request can spell a placeholder by accident.
        var placeholder = "klingimage:" + Guid.NewGuid().ToString("N");
        (_images ??= new(StringComparer.Ordinal)).Add(placeholder, image);
        return placeholder;
    }
}
