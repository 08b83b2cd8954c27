using System.Net;
using System.Net.Sockets;
using System.Text;

namespace KlingGenerated.Benchmarks;

/// <summary>
/// A minimal HTTP/1.1 server on loopback that reads and discards each request body, then answers
/// with a fixed Kling "task submitted" body. It reuses one buffer per connection, so the benchmark
/// measures the client's allocations, not the server's.
/// </summary>
internal sealed class LoopbackSink : IAsyncDisposable
{
    private const string Body = """{"code":0,"message":"SUCCEED","data":{"task_id":"861309198188019719","task_status":"submitted"}}""";

    private static readonly byte[] Response = Encoding.ASCII.GetBytes(
        $"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {Body.Length}\r\n\r\n{Body}");

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;

    public LoopbackSink()
    {
        _listener.Start();
        BaseUri = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _accepting = AcceptAsync();
    }

    public Uri BaseUri { get; }

    /// <summary>The body length of the last request, to report the payload size.</summary>
    public long LastBodyLength { get; private set; }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            var buffer = new byte[64 * 1024];
            var filled = 0;
            try
            {
                while (true)
                {
                    // Read the head (up to the blank line); whatever follows it is the start of the body.
                    int headEnd;
                    while ((headEnd = buffer.AsSpan(0, filled).IndexOf("\r\n\r\n"u8)) < 0)
                    {
                        var read = await stream.ReadAsync(buffer.AsMemory(filled), _stop.Token);
                        if (read == 0)
                        {
                            return;
                        }

                        filled += read;
                    }

                    var remaining = ContentLength(buffer.AsSpan(0, headEnd));
                    LastBodyLength = remaining;
                    var bodyStart = headEnd + 4;
                    var inBuffer = Math.Min(remaining, filled - bodyStart);
                    remaining -= inBuffer;
                    var leftover = filled - bodyStart - (int)inBuffer;
                    buffer.AsSpan(bodyStart + (int)inBuffer, leftover).CopyTo(buffer);
                    filled = leftover;
                    while (remaining > 0)
                    {
                        var read = await stream.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, remaining)), _stop.Token);
                        if (read == 0)
                        {
                            return;
                        }

                        remaining -= read;
                    }

                    await stream.WriteAsync(Response, _stop.Token);
                }
            }
            catch (Exception exception) when (exception is IOException or OperationCanceledException or SocketException)
            {
            }
        }
    }

    private static long ContentLength(ReadOnlySpan<byte> head)
    {
        var text = Encoding.ASCII.GetString(head);
        foreach (var line in text.Split("\r\n"))
        {
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                return long.Parse(line.AsSpan("Content-Length:".Length).Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException("The sink needs a Content-Length: " + text);
    }
}
