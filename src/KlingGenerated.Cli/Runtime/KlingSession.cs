using KlingGenerated.Testing;

namespace KlingGenerated.Cli;

/// <summary>
/// The client a command talks through: the real service when a key (or a base URL) is given,
/// else an embedded sandbox started on a free loopback port for the command's duration.
/// </summary>
internal sealed class KlingSession : IAsyncDisposable
{
    private readonly KlingSandbox? _sandbox;
    private readonly HttpClient _downloads;

    private KlingSession(KlingClient client, KlingSandbox? sandbox)
    {
        Client = client;
        _sandbox = sandbox;
        // Result URLs live on another host: the downloader gets a client that carries no key.
        _downloads = new HttpClient { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        Downloader = new KlingResultDownloader(_downloads);
    }

    public KlingClient Client { get; }

    public KlingResultDownloader Downloader { get; }

    /// <summary>True on the embedded sandbox: nothing is paid and results are simulated.</summary>
    public bool Simulated => _sandbox is not null;

    public static async Task<KlingSession> OpenAsync(CliSettings settings, ConsoleReporter reporter, CancellationToken cancellationToken)
    {
        if (settings.UsesSandbox)
        {
            var sandbox = await KlingSandbox.StartAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            reporter.Note($"kling: no API key given, so this runs on the local sandbox at {sandbox.BaseUri}: results are simulated, nothing is paid.");
            var sandboxClient = new KlingClient(sandbox.CreateHttpClient()) { CheckModelCapabilities = settings.CheckModelCapabilities };
            return new KlingSession(sandboxClient, sandbox);
        }

        var client = KlingClientFactory.Create(settings);
        reporter.Detail($"kling: calling {settings.DisplayBaseUrl ?? "the default endpoint"}");
        return new KlingSession(client, null);
    }

    public async ValueTask DisposeAsync()
    {
        _downloads.Dispose();
        if (_sandbox is null)
        {
            Client.Dispose();
        }
        if (_sandbox is not null)
        {
            await _sandbox.DisposeAsync().ConfigureAwait(false);
        }
    }
}
