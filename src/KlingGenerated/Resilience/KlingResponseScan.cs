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

// Reads what the transport decides by (code, data, the gateway's error.code) and what an exception
// reports (message, request_id, the gateway's error.message) from a buffered body, without building an
// object tree. It runs once per answer: a buffered body keeps its scan (BufferedResponseContent.Scan), so
// the auth handler, the create safety, the retry and circuit predicates, the logs and KlingApiException
// all share one. The strings are the server's text as sent (unescaped, not redacted, not cut short):
// whoever shows one redacts it first.
// The generated operation still reads the same bytes once more, with Newtonsoft, into its typed DTO
// (NSwag's ReadObjectResponseAsync). That second read stays: the transport has to decide inside the
// retry pipeline, before the operation ever sees the answer, and the DTOs (their converters, KlingImage,
// the tolerant results) are Newtonsoft types that this scan cannot fill without deserializing the whole body.
internal readonly record struct KlingResponseScan(bool IsJson, int? Code, string? GatewayCode, KlingDataShape Data)
{
    /// <summary>The code as the server wrote it when it is not an int (2^40, 1.5, true, an object); then <see cref="Code"/> is null.</summary>
    public string? OddCode { get; init; }

    /// <summary>The top-level <c>message</c>, when it is a string.</summary>
    public string? Message { get; init; }

    /// <summary>The top-level <c>request_id</c>, when it is a string.</summary>
    public string? RequestId { get; init; }

    /// <summary>Whether the body has the gateway's <c>error</c> object.</summary>
    public bool HasError { get; init; }

    /// <summary>The gateway error's <c>message</c> as text (a string as is, anything else as written), when there is one.</summary>
    public string? ErrorMessage { get; init; }

    /// <summary>Whether data is an object with a non-empty task_id: the answer a create succeeds with.</summary>
    public bool HasTaskId { get; init; }

    private const long MaxScannedLength = 1024 * 1024;

    private static readonly KlingResponseScan NotJson = new(false, null, null, KlingDataShape.Absent);

    /// <summary>Scans a body that is already buffered (LoadIntoBufferAsync), so reading it again is cheap and safe.</summary>
    public static KlingResponseScan Read(HttpContent? content)
    {
        // Read by ResponseBody under the client's size limit: scanned in place, once, and kept with the body.
        if (content is BufferedResponseContent buffered)
        {
            return buffered.Scan;
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
        EnvelopeParses.Count();
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return NotJson;
            }

            KlingCodeText code = default;
            string? gatewayCode = null, message = null, requestId = null, errorMessage = null;
            var data = KlingDataShape.Absent;
            var hasTaskId = false;
            var hasError = false;
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
                    hasError = reader.TokenType == JsonTokenType.StartObject;
                    (gatewayCode, errorMessage) = GatewayErrorOf(ref reader, body);
                }
                else if (reader.ValueTextEquals("message"u8))
                {
                    reader.Read();
                    message = StringOf(ref reader);
                }
                else if (reader.ValueTextEquals("request_id"u8))
                {
                    reader.Read();
                    requestId = StringOf(ref reader);
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            return new KlingResponseScan(true, code.Number, gatewayCode, data)
            {
                OddCode = code.Text,
                HasTaskId = hasTaskId,
                Message = message,
                RequestId = requestId,
                HasError = hasError,
                ErrorMessage = hasError ? errorMessage : null,
            };
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

    // The gateway's error.code (a string or a number as written, anything else as its JSON text) and error.message.
    private static (string? Code, string? Message) GatewayErrorOf(ref Utf8JsonReader reader, ReadOnlySpan<byte> body)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return (null, null);
        }

        string? code = null, message = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("code"u8))
            {
                // Strict, as the transport decides by it: a code that is not UTF-8 leaves the answer unreadable.
                reader.Read();
                code = reader.TokenType == JsonTokenType.String ? reader.GetString() : TextOf(ref reader, body);
            }
            else if (reader.ValueTextEquals("message"u8))
            {
                reader.Read();
                message = TextOf(ref reader, body) ?? string.Empty;
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return (string.IsNullOrEmpty(code) ? null : code, message);
    }

    // A string value, or null for any other kind (skipped).
    private static string? StringOf(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return LenientString(ref reader);
        }

        reader.Skip();
        return null;
    }

    // Any value as text: a string unescaped, null as null, anything else as written.
    private static string? TextOf(ref Utf8JsonReader reader, ReadOnlySpan<byte> body)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                return LenientString(ref reader);
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                return System.Text.Encoding.UTF8.GetString(body[start..(int)reader.BytesConsumed]);
            default:
                return System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
        }
    }

    // Text for people, not a decision: a string that is not valid UTF-8 is decoded with replacement
    // characters rather than making the whole answer unreadable, as the code's own strictness does.
    private static string LenientString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            return System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
        }
    }
}
