namespace KlingGenerated;

// Reads a request body into memory with a ceiling, so a huge or endless body costs at most the limit.
internal static class CallbackBodyReader
{
    public static async Task<byte[]> ReadAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        if (body.CanSeek && body.Length - body.Position > limit)
        {
            throw KlingCallback.TooLarge(limit);
        }

        using var buffer = new MemoryStream();
        var piece = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(piece, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw KlingCallback.TooLarge(limit);
            }

            buffer.Write(piece, 0, read);
        }

        return buffer.ToArray();
    }
}
