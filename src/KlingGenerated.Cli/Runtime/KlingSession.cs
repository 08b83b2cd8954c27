using KlingGenerated.Testing;

namespace KlingGenerated.Cli;

/// <summary>
/// The client a command talks through: the real service when a key (or a base URL) is given,
/// else an embedded sandbox started on a free loopback port for the command's duration.
/// </summary>
internal sealed class KlingSession : IAsyncDisposable
{
    private readonly KlingSandbox? _sandbox;
    private readonly HttpClient? _http;
    private readonly HttpClient _downloads;

    private KlingSession(KlingClient client, KlingSandbox? sandbox, HttpClient? http, Uri baseUri)
    {
        Client = client;
        _sandbox = sandbox;
        _http = http;
        BaseUri = baseUri;
        // Result URLs live on another host: the downloader gets a client that carries no key.
        _downloads = new HttpClient { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        Downloader = new KlingResultDownloader(_downloads);
    }

    public KlingClient Client { get; }

    public KlingResultDownloader Downloader { get; }

    public Uri BaseUri { get; }

    /// <summary>True on the embedded sandbox: nothing is paid and results are simulated.</summary>
    public bool Simulated => _sandbox is not null;

    public static async Task<KlingSession> OpenAsync(CliSettings settings, ConsoleReporter reporter, CancellationToken cancellationToken)
    {
        if (settings.UsesSandbox)
        {
            var sandbox = await KlingSandbox.StartAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            reporter.Note($"kling: no API key given, so this runs on the local sandbox at {sandbox.BaseUri}: results are simulated, nothing is paid.");
            return new KlingSession(sandbox.CreateClient(), sandbox, null, sandbox.BaseUri);
        }

        var client = KlingClientFactory.Create(settings, out var http, out var baseUri);
        reporter.Detail($"kling: calling {baseUri}");
        return new KlingSession(client, null, http, baseUri);
    }

    public async ValueTask DisposeAsync()
    {
        _downloads.Dispose();
        _http?.Dispose();
        if (_sandbox is not null)
        {
            await _sandbox.DisposeAsync().ConfigureAwait(false);
        }
    }
}
