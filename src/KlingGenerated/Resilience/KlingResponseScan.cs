using System.Buffers;
using System.Text.Json;

namespace KlingGenerated;

/// <summary>The shape of a response's <c>data</c> member, which tells a missing task from a found one.</summary>
internal enum KlingDataShape
{
    Absent,
    Null,
    Empty,
    Present,
}

// Reads only what the transport needs to decide (code, data, the gateway's error.code) from a
// buffered body, without building an object tree: this runs on every response.
internal readonly record struct KlingResponseScan(bool IsJson, int? Code, string? GatewayCode, KlingDataShape Data)
{
    /// <summary>The code as the server wrote it when it is not an int (2^40, 1.5, true, an object); then <see cref="Code"/> is null.</summary>
    public string? OddCode { get; init; }

    /// <summary>Whether data is an object with a non-empty task_id: the answer a create succeeds with.</summary>
    public bool HasTaskId { get; init; }

    private const long MaxScannedLength = 1024 * 1024;

    private static readonly KlingResponseScan NotJson = new(false, null, null, KlingDataShape.Absent);

    /// <summary>Scans a body that is already buffered (LoadIntoBufferAsync), so reading it again is cheap and safe.</summary>
    public static KlingResponseScan Read(HttpContent? content)
    {
        // Read by ResponseBody under the client's size limit: scanned in place.
        if (content is BufferedResponseContent buffered)
        {
            return Read(buffered.Body);
        }

        // The length of buffered content is the buffer's; a body this big is not Kling's envelope anyway.
        if (content?.Headers.ContentLength is not ({ } length and > 0 and <= MaxScannedLength))
        {
            return NotJson;
        }

        // Buffered content hands out one cached stream over its buffer: read it, then rewind it for the
        // next reader, and never dispose it (that would close the buffer for everyone after us).
        var stream = content.ReadAsStream();
        var buffer = ArrayPool<byte>.Shared.Rent((int)length);
        try
        {
            stream.Position = 0;
            var read = stream.ReadAtLeast(buffer.AsSpan(0, (int)length), (int)length, throwOnEndOfStream: false);
            return Read(buffer.AsSpan(0, read));
        }
        finally
        {
            stream.Position = 0;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static KlingResponseScan Read(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return NotJson;
            }

            KlingCodeText code = default;
            string? gatewayCode = null;
            var data = KlingDataShape.Absent;
            var hasTaskId = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("code"u8))
                {
                    reader.Read();
                    code = KlingCodeText.Read(ref reader, body);
                }
                else if (reader.ValueTextEquals("data"u8))
                {
                    reader.Read();
                    hasTaskId = reader.TokenType == JsonTokenType.StartObject && HasTaskIdIn(reader);
                    data = ShapeOf(ref reader);
                }
                else if (reader.ValueTextEquals("error"u8))
                {
                    reader.Read();
                    gatewayCode = GatewayCodeOf(ref reader);
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            return new KlingResponseScan(true, code.Number, gatewayCode, data) { OddCode = code.Text, HasTaskId = hasTaskId };
        }
        catch (JsonException)
        {
            return NotJson;
        }
        catch (InvalidOperationException)
        {
            // A string that is not valid UTF-8 (GetString cannot transcode it): as unreadable as broken JSON.
            return NotJson;
        }
    }

    private static KlingDataShape ShapeOf(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return KlingDataShape.Null;
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                // A copy of the reader peeks at the first member; the original skips the whole value.
                var probe = reader;
                probe.Read();
                var empty = probe.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray;
                reader.Skip();
                return empty ? KlingDataShape.Empty : KlingDataShape.Present;
            default:
                return KlingDataShape.Present;
        }
    }

    // Walks a copy of the reader through the data object's own members, looking for a non-empty string task_id.
    private static bool HasTaskIdIn(Utf8JsonReader probe)
    {
        while (probe.Read() && probe.TokenType == JsonTokenType.PropertyName)
        {
            var isTaskId = probe.ValueTextEquals("task_id"u8);
            probe.Read();
            if (isTaskId)
            {
                return probe.TokenType == JsonTokenType.String && probe.ValueSpan.Length > 0;
            }

            probe.Skip();
        }

        return false;
    }

    private static string? GatewayCodeOf(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        string? code = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isCode = reader.ValueTextEquals("code"u8);
            reader.Read();
            if (isCode && reader.TokenType is JsonTokenType.String or JsonTokenType.Number)
            {
                code = reader.TokenType == JsonTokenType.String ? reader.GetString() : System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
            }
            else
            {
                reader.Skip();
            }
        }

        return string.IsNullOrEmpty(code) ? null : code;
    }
}
