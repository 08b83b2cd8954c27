using WireMock.Server;

namespace KlingGenerated.Testing;

/// <summary>
/// A Kling sandbox: WireMock.Net in this process on a free loopback port, answering every route of the
/// spec as Kling does, checking every request body against the spec's JSON Schema, and serving real
/// media as results. Start it with <see cref="StartAsync"/>, dispose it to stop it; several can run side by side.
/// </summary>
/// <remarks>
/// WireMock.Net matches, checks and logs every request and plays faults, HTML pages and media itself.
/// Creates, queries and lists are answered by callbacks into a task book that keeps each task's state.
/// Nothing is shared between sandboxes, and nothing outlives this process.
/// </remarks>
public sealed partial class KlingSandbox : IAsyncDisposable
{
    /// <summary>The key <see cref="CreateClient"/> uses when given none. The sandbox accepts any bearer key.</summary>
    public const string DefaultApiKey = "sandbox-key";

    private readonly TaskBook _book;
    private readonly CallbackCourier _courier;
    private readonly SandboxMappings _mappings;
    private readonly List<HttpClient> _clients = [];
    private bool _disposed;

    private KlingSandbox(WireMockServer server, TaskBook book, CallbackCourier courier)
    {
        Server = server;
        _book = book;
        _courier = courier;
        _mappings = new SandboxMappings(server, book);
        _mappings.AddAll();
    }

    /// <summary>The sandbox's root, ending with '/': the base address a Kling client needs.</summary>
    public Uri BaseUri => Server.BaseUri();

    /// <summary>The WireMock.Net server underneath, for what this API does not cover (extra mappings, the raw request log).</summary>
    public WireMockServer Server { get; }

    /// <summary>Starts a sandbox; it answers as soon as this returns.</summary>
    public static Task<KlingSandbox> StartAsync(KlingSandboxOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new KlingSandboxOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.PollsToSucceed, 1, nameof(options));
        cancellationToken.ThrowIfCancellationRequested();
        var schemas = RequestSchemaMatcher.SpecSchemas;
        var courier = new CallbackCourier(options, TimeProvider.System);
        var book = new TaskBook(options, TaskResponses.Load(ContractMappings.Directory), schemas, TimeProvider.System, courier);
        WireMockServer? server = null;
        try
        {
            server = KlingWireMock.Start(options.Port);
            book.MediaRoot = new Uri(server.BaseUri(), "sandbox/media/");
            return Task.FromResult(new KlingSandbox(server, book, courier));
        }
        catch
        {
            server?.Dispose();
            courier.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Forgets every task, script and received request, and brings the mappings back to the sandbox's
    /// own (extra mappings added through <see cref="Server"/> are removed).
    /// </summary>
    public Task ResetAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_createLinks)
        {
            Server.ResetMappings();
            Server.ResetScenarios();
            Server.ResetLogEntries();
            _mappings.Clear();
            _book.Clear();
            _createLinks.Clear();
            _mappings.AddAll();
        }

        return Task.CompletedTask;
    }

    /// <summary>Stops the server; when this returns, its port no longer takes connections.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        lock (_clients)
        {
            foreach (var client in _clients)
            {
                client.Dispose();
            }
        }

        var port = BaseUri.Port;
        Server.Stop();
        Server.Dispose();
        _courier.Dispose();
        await WaitUntilClosedAsync(port).ConfigureAwait(false);
    }

    // WireMock.Net's Stop cancels the host and returns while Kestrel may still accept for a moment.
    private static async Task WaitUntilClosedAsync(int port)
    {
        for (var attempt = 0; attempt < 250; attempt++)
        {
            using var probe = new System.Net.Sockets.TcpClient();
            try
            {
                await probe.ConnectAsync(System.Net.IPAddress.Loopback, port).ConfigureAwait(false);
            }
            catch (System.Net.Sockets.SocketException)
            {
                return;
            }

            await Task.Delay(20).ConfigureAwait(false);
        }
    }
}
