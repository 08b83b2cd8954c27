namespace KlingGenerated;

// Reads a stream to its end into memory with a ceiling, so a huge or endless body costs at most the limit.
// Shared by the answers the client reads and the callback bodies it is handed.
internal static class LimitedRead
{
    // Below the large object heap's 85,000 bytes, so the pieces of a refused body are collected young.
    private const int PieceSize = 64 * 1024;

    /// <summary>The stream's bytes; <paramref name="tooLarge"/>'s exception the moment they pass <paramref name="limit"/>.</summary>
    public static async Task<ArraySegment<byte>> ReadAsync(Stream stream, long limit, Func<Exception> tooLarge, CancellationToken cancellationToken)
    {
        // Read in small pieces and joined once at the end: a body cut off at the limit leaves only
        // short-lived small arrays behind, not a doubling series of large ones the GC keeps around.
        var pieces = new List<byte[]>();
        var length = 0;
        var piece = new byte[PieceSize];
        var filled = 0;
        int read;
        while ((read = await stream.ReadAsync(piece.AsMemory(filled), cancellationToken).ConfigureAwait(false)) > 0)
        {
            if ((long)length + read > limit)
            {
                throw tooLarge();
            }

            length += read;
            filled += read;
            if (filled == piece.Length)
            {
                pieces.Add(piece);
                piece = new byte[PieceSize];
                filled = 0;
            }
        }

        pieces.Add(piece[..filled]);
        if (pieces.Count == 1)
        {
            return new ArraySegment<byte>(pieces[0]);
        }

        var body = new byte[length];
        var offset = 0;
        foreach (var p in pieces)
        {
            p.CopyTo(body, offset);
            offset += p.Length;
        }

        return new ArraySegment<byte>(body);
    }
}
