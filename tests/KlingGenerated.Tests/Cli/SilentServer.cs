using System.Net;
using System.Net.Sockets;
using System.Text;

namespace KlingGenerated.Tests.Cli;

/// <summary>A loopback server that reads one request and never answers: it says exactly when a request has arrived.</summary>
internal sealed class SilentServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly TaskCompletionSource<string> _received = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<Socket> _held = [];

    public SilentServer()
    {
        _listener.Start();
        _ = AcceptAsync();
    }

    public Uri BaseUri => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");

    /// <summary>The first request's head (its request line and headers), once it has arrived.</summary>
    public Task<string> RequestReceived => _received.Task;

    private async Task AcceptAsync()
    {
        try
        {
            var socket = await _listener.AcceptSocketAsync();
            lock (_held)
            {
                _held.Add(socket);
            }

            var buffer = new byte[8192];
            var head = new StringBuilder();
            while (!head.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                var read = await socket.ReceiveAsync(buffer);
                if (read == 0)
                {
                    break;
                }

                head.Append(Encoding.ASCII.GetString(buffer, 0, read));
            }

            _received.TrySetResult(head.ToString());
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            _received.TrySetException(e);
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        lock (_held)
        {
            _held.ForEach(s => s.Dispose());
        }
    }
}
