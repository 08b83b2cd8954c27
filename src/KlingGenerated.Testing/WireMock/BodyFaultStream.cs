using Microsoft.AspNetCore.Http;

namespace KlingGenerated.Testing;

// WireMock.Net writes a mapping's body in one piece through Response.Body; this stream stands in its
// place and, for a response marked with a KlingBodyFault, shapes that body on its way to the socket.
internal sealed class BodyFaultStream(HttpContext context, Stream inner) : Stream
{
    private KlingBodyFault? _fault;
    private bool _taken;
    private bool _over;
    private long _written;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Take();
        if (_fault is null)
        {
            await inner.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
            return;
        }

        await PlayAsync(buffer).ConfigureAwait(false);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

    public override Task FlushAsync(CancellationToken cancellationToken)
    {
        Take();
        return _over ? Task.CompletedTask : inner.FlushAsync(cancellationToken);
    }

    public override void Flush() => FlushAsync(CancellationToken.None).GetAwaiter().GetResult();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    /// <summary>Plays what comes after the mapping's body: the endless filler, or the stall.</summary>
    public async Task FinishAsync()
    {
        Take();
        if (_fault is null || _over)
        {
            return;
        }

        if (!context.Response.HasStarted)
        {
            // An empty body still sends its headers, so the declared length or the stall is seen.
            await context.Response.StartAsync(context.RequestAborted).ConfigureAwait(false);
        }

        var filler = Block(_fault.Filler.IsEmpty ? KlingBodyFault.DefaultFiller : _fault.Filler);
        while (_fault.IsEndless && !_over)
        {
            await PlayAsync(filler).ConfigureAwait(false);
        }

        if (_fault.StallAfterBytes is not null && !_over)
        {
            await StallAsync().ConfigureAwait(false);
        }
    }

    // A short filler is repeated into one block, so an endless body is written in large writes, not byte by byte.
    private static ReadOnlyMemory<byte> Block(ReadOnlyMemory<byte> filler)
    {
        const int Size = 64 * 1024;
        if (filler.Length >= Size)
        {
            return filler;
        }

        var block = new byte[(Size / filler.Length) * filler.Length];
        for (var offset = 0; offset < block.Length; offset += filler.Length)
        {
            filler.Span.CopyTo(block.AsSpan(offset));
        }

        return block;
    }

    // Before the first byte the headers are still open, so the marker never reaches the client.
    private void Take()
    {
        if (_taken || context.Response.HasStarted)
        {
            return;
        }

        _taken = true;
        if (!context.Response.Headers.Remove(KlingFaultMiddleware.BodyHeader, out var marker))
        {
            return;
        }

        _fault = KlingBodyFault.FromHeader(marker.ToString());
        if (_fault.ContentLength is { } length)
        {
            context.Response.ContentLength = length;
        }
    }

    private async Task PlayAsync(ReadOnlyMemory<byte> buffer)
    {
        var fault = _fault!;
        var aborted = context.RequestAborted;
        try
        {
            while (!buffer.IsEmpty && !_over)
            {
                var room = fault.StallAfterBytes is { } stall ? stall - _written : long.MaxValue;
                if (room <= 0)
                {
                    await StallAsync().ConfigureAwait(false);
                    return;
                }

                var size = (int)Math.Min(Math.Min(fault.ChunkSize ?? buffer.Length, buffer.Length), room);
                if (_written > 0 && fault.ChunkInterval > TimeSpan.Zero)
                {
                    await Task.Delay(fault.ChunkInterval, aborted).ConfigureAwait(false);
                }

                await inner.WriteAsync(buffer[..size], aborted).ConfigureAwait(false);
                await inner.FlushAsync(aborted).ConfigureAwait(false);
                _written += size;
                buffer = buffer[size..];
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or InvalidOperationException)
        {
            // The client left (or the declared length is reached): the fault has been played.
            _over = true;
        }
    }

    private async Task StallAsync()
    {
        try
        {
            // A stall before the first byte still sends the headers: the client is then left waiting on the body.
            await inner.FlushAsync(context.RequestAborted).ConfigureAwait(false);
            await Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
        }

        _over = true;
    }
}
