namespace KlingGenerated;

// Reads an answer's body into memory with a ceiling, so an endless or huge body costs at most the limit:
// a declared Content-Length above it is refused before a byte is read, and a body that goes past it
// (chunked, or lying about its length) is dropped the moment it does.
internal static class ResponseBody
{
    /// <summary>The default of <see cref="KlingClientOptions.MaxResponseBytes"/>: 16 MiB, far above any Kling answer.</summary>
    public const long DefaultLimit = 16 * 1024 * 1024;

    /// <summary>Replaces the response's content with its body read in full (at most <paramref name="limit"/> bytes), keeping its headers.</summary>
    /// <exception cref="KlingResponseTooLargeException">The body is, or declares to be, larger than the limit.</exception>
    public static async Task BufferAsync(HttpResponseMessage response, long limit, CancellationToken cancellationToken)
    {
        if (response.Content is null or BufferedResponseContent)
        {
            return;
        }

        var original = response.Content;
        ArraySegment<byte> body;
        try
        {
            body = await ReadAsync(response, original, limit, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException exception)
        {
            // As HttpContent's own buffering reports a body that breaks off, so callers and predicates see no change.
            throw new HttpRequestException(exception is HttpIOException io ? io.HttpRequestError : HttpRequestError.Unknown,
                "Error while copying content to a stream.", exception);
        }

        var buffered = new BufferedResponseContent(body);
        foreach (var header in original.Headers)
        {
            if (!string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        buffered.Headers.ContentLength = body.Count;
        response.Content = buffered;
        original.Dispose();
    }

    /// <summary>The body as text, read with the same ceiling (the generated operations' read, for a client whose handlers did not buffer it).</summary>
    public static async Task<string> ReadStringAsync(HttpResponseMessage response, long limit, CancellationToken cancellationToken)
    {
        await BufferAsync(response, limit, cancellationToken).ConfigureAwait(false);
        return response.Content is null ? string.Empty : await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<ArraySegment<byte>> ReadAsync(HttpResponseMessage response, HttpContent content, long limit, CancellationToken cancellationToken)
    {
        var declared = content.Headers.ContentLength;
        if (declared > limit)
        {
            throw new KlingResponseTooLargeException(response, limit, declared);
        }

        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            return await LimitedRead.ReadAsync(stream, limit, () => new KlingResponseTooLargeException(response, limit, declaredLength: null), cancellationToken)
                .ConfigureAwait(false);
        }
    }
}

// An answer's body, held in memory after ResponseBody read it: every later reader (the predicates, the
// create safety, the generated operation) reads the same bytes, and the scan reads them in place, once.
internal sealed class BufferedResponseContent(ArraySegment<byte> body) : ByteArrayContent(body.Array!, body.Offset, body.Count)
{
    // Boxed, so a reader on another thread sees either no scan or a whole one, never half a struct.
    private System.Runtime.CompilerServices.StrongBox<KlingResponseScan>? _scan;

    public ReadOnlySpan<byte> Body => body;

    /// <summary>The envelope's scan, made on first use and shared by every later reader of this answer.</summary>
    public KlingResponseScan Scan => (_scan ??= new(KlingResponseScan.Read(Body))).Value;
}
