using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace KlingGenerated.Benchmarks;

/// <summary>
/// A minimal HTTP/1.1 keep-alive server on loopback that answers like Kling: a create returns a new
/// task, a query of a "flow-" task says processing until its third query, any other query says succeed.
/// Plain sockets, so what is measured is the clients, not a web framework.
/// </summary>
public sealed class LoopbackKlingServer : IAsyncDisposable
{
    public const int QueriesUntilSucceed = 3;

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<string, int> _queries = new();
    private readonly TimeSpan _latency;
    private readonly Task _acceptLoop;
    private int _connections;
    private int _requests;
    private long _nextTask;

    public LoopbackKlingServer(TimeSpan latency = default)
    {
        _latency = latency;
        _listener.Start(backlog: 2048);
        BaseUri = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _acceptLoop = AcceptAsync();
    }

    public Uri BaseUri { get; }

    /// <summary>The server's own time per answer, which a flow's wall time is measured against.</summary>
    public TimeSpan Latency => _latency;

    public int ConnectionsAccepted => Volatile.Read(ref _connections);

    public int RequestsServed => Volatile.Read(ref _requests);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _acceptLoop;
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException or OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var socket = await _listener.AcceptSocketAsync(_stop.Token);
            Interlocked.Increment(ref _connections);
            socket.NoDelay = true;
            _ = ServeAsync(socket);
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        using var stream = new NetworkStream(socket, ownsSocket: true);
        var buffer = new byte[16 * 1024];
        var filled = 0;
        try
        {
            while (true)
            {
                int headerEnd;
                while ((headerEnd = IndexOfHeaderEnd(buffer, filled)) < 0)
                {
                    var read = await stream.ReadAsync(buffer.AsMemory(filled), _stop.Token);
                    if (read == 0)
                    {
                        return;
                    }

                    filled += read;
                }

                var head = Encoding.ASCII.GetString(buffer, 0, headerEnd);
                var bodyLength = ContentLength(head);
                var total = headerEnd + 4 + bodyLength;
                while (filled < total)
                {
                    var read = await stream.ReadAsync(buffer.AsMemory(filled), _stop.Token);
                    if (read == 0)
                    {
                        return;
                    }

                    filled += read;
                }

                var requestLine = head[..head.IndexOf('\r', StringComparison.Ordinal)].Split(' ');
                var body = Answer(requestLine[0], requestLine[1]);
                if (_latency > TimeSpan.Zero)
                {
                    await Task.Delay(_latency, _stop.Token);
                }

                var response = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture,
                    $"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}"));
                await stream.WriteAsync(response, _stop.Token);
                Interlocked.Increment(ref _requests);
                Buffer.BlockCopy(buffer, total, buffer, 0, filled - total);
                filled -= total;
            }
        }
        catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client closed the connection, or the server is stopping.
        }
    }

    private string Answer(string method, string path)
    {
        if (method == "POST")
        {
            return TaskJson("flow-" + Interlocked.Increment(ref _nextTask).ToString(CultureInfo.InvariantCulture), "submitted");
        }

        var id = path[(path.LastIndexOf('/') + 1)..];
        if (!id.StartsWith("flow-", StringComparison.Ordinal))
        {
            return TaskJson(id, "succeed");
        }

        var seen = _queries.AddOrUpdate(id, 1, (_, n) => n + 1);
        return TaskJson(id, seen >= QueriesUntilSucceed ? "succeed" : "processing");
    }

    private static string TaskJson(string id, string status) =>
        "{\"code\":0,\"message\":\"SUCCEED\",\"request_id\":\"req-" + id + "\",\"data\":{\"task_id\":\"" + id + "\",\"task_status\":\"" + status
        + "\",\"task_status_msg\":\"\",\"task_info\":{},\"task_result\":{\"videos\":[{\"id\":\"v-1\",\"url\":\"https://cdn.example.com/" + id
        + ".mp4\",\"duration\":\"5.1\"}]},\"created_at\":1773380633979,\"updated_at\":1773380712345}}";

    private static int IndexOfHeaderEnd(byte[] buffer, int length) => buffer.AsSpan(0, length).IndexOf("\r\n\r\n"u8);

    private static int ContentLength(string head)
    {
        foreach (var line in head.Split("\r\n"))
        {
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                return int.Parse(line.AsSpan("Content-Length:".Length).Trim(), CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }
}
