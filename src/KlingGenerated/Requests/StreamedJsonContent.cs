using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace KlingGenerated;

/// <summary>
/// A JSON request body whose local images are streamed in as Base64 while it is sent. The JSON is
/// serialized small, with an empty string where each image goes (<see cref="ImageSlots"/>); this content
/// writes the JSON around those slots and each image's Base64 into its slot, reading files a block at a time. The
/// bytes on the wire are exactly those of the JSON with the Base64 inlined, and the content can be
/// sent again (a retry re-reads the files).
/// </summary>
internal sealed class StreamedJsonContent : HttpContent, IExternalTaskIdContent
{
    private readonly IReadOnlyList<object> _parts; // byte[] (JSON text) or KlingImage

    public StreamedJsonContent(string json, IReadOnlyList<(int Offset, KlingImage Image)> slots, string? externalTaskId = null)
    {
        ExternalTaskId = externalTaskId;
        _parts = Split(json, slots);
        Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
    }

    public string? ExternalTaskId { get; }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        foreach (var part in _parts)
        {
            if (part is byte[] json)
            {
                await stream.WriteAsync(json, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await ((KlingImage)part).WriteBase64Async(stream, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override bool TryComputeLength(out long length)
    {
        // A file's length is read again here, when the request goes out; if the file changes while it
        // is sent, HttpClient sees a length mismatch and fails the request rather than sending a torn image.
        length = _parts.Sum(part => part is byte[] json ? json.Length : ((KlingImage)part).GetBase64Length());
        return true;
    }

    private static List<object> Split(string json, IReadOnlyList<(int Offset, KlingImage Image)> slots)
    {
        var parts = new List<object>();
        var start = 0;
        foreach (var (offset, image) in slots)
        {
            parts.Add(Encoding.UTF8.GetBytes(json[start..offset]));
            parts.Add(image);
            start = offset;
        }

        parts.Add(Encoding.UTF8.GetBytes(json[start..]));
        return parts;
    }
}
