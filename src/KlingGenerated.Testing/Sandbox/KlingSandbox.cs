namespace KlingGenerated.Testing;

/// <summary>
/// A Kling sandbox: the real WireMock server on a free loopback port, answering every route of the
/// spec as Kling does, checking every request body against the spec's JSON Schema, and serving real
/// media as results. Start it with <see cref="StartAsync"/>, dispose it to stop it; several can run side by side.
/// </summary>
/// <remarks>
/// WireMock matches, checks and journals every request and answers faults, HTML pages and media itself.
/// Creates, queries and lists are proxied to a small desk in this process that keeps each task's state
/// (see <c>TaskBook</c> for why). Nothing is shared between sandboxes. The JVM runs under the
/// <see cref="WireMockServer"/> watchdog, so a killed test process leaves no Java process behind.
/// </remarks>
public sealed partial class KlingSandbox : IAsyncDisposable
{
    /// <summary>The key <see cref="CreateClient"/> uses when given none. The sandbox accepts any bearer key.</summary>
    public const string DefaultApiKey = "sandbox-key";

    private readonly TaskDesk _desk;
    private readonly TaskBook _book;
    private readonly SandboxMappings _mappings;
    private readonly List<HttpClient> _clients = [];
    private bool _disposed;

    private KlingSandbox(WireMockServer server, TaskDesk desk, TaskBook book, SandboxMappings mappings)
    {
        Server = server;
        _desk = desk;
        _book = book;
        _mappings = mappings;
    }

    /// <summary>The sandbox's root, ending with '/': the base address a Kling client needs.</summary>
    public Uri BaseUri => Server.BaseUri;

    /// <summary>The WireMock server underneath, for what this API does not cover (extra mappings, the raw journal).</summary>
    public WireMockServer Server { get; }

    /// <summary>Starts a sandbox and waits until it answers.</summary>
    public static async Task<KlingSandbox> StartAsync(KlingSandboxOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new KlingSandboxOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.PollsToSucceed, 1, nameof(options));
        var schemas = SpecRequestSchemas.Load(SpecRequestSchemas.SpecFile);
        var book = new TaskBook(options, TaskResponses.Load(ContractMappings.Directory), schemas, TimeProvider.System);
        var desk = TaskDesk.Start(book);
        var root = Directory.CreateTempSubdirectory("kling-sandbox-").FullName;
        try
        {
            var mappings = SandboxMappings.Load(schemas, desk.Uri);
            mappings.WriteTo(root);
            var server = await WireMockServer.StartAsync(
                new WireMockServerOptions
                {
                    Port = options.Port,
                    RootDirectory = root,
                    StartTimeout = options.StartTimeout,
                    JarPath = options.JarPath,
                    JavaPath = options.JavaPath,
                },
                cancellationToken).ConfigureAwait(false);
            book.MediaRoot = new Uri(server.BaseUri, "sandbox/media/");
            return new KlingSandbox(server, desk, book, mappings);
        }
        catch
        {
            desk.Dispose();
            DeleteQuietly(root);
            throw;
        }
    }

    /// <summary>
    /// Forgets every task, script and received request, and brings the mappings back to the sandbox's
    /// own (extra mappings added through <see cref="Server"/> are removed).
    /// </summary>
    public async Task ResetAsync(CancellationToken cancellationToken = default)
    {
        await Server.ResetAsync(cancellationToken).ConfigureAwait(false);
        _book.Clear();
        lock (_createLinks)
        {
            _createLinks.Clear();
        }
    }

    /// <summary>Stops WireMock and the desk, and removes the sandbox's temporary folder.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        await Server.DisposeAsync().ConfigureAwait(false);
        _desk.Dispose();
        DeleteQuietly(Server.RootDirectory);
    }

    private static void DeleteQuietly(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A temporary folder left behind is harmless; failing a test over it is not.
        }
    }
}
