namespace KlingGenerated;

// Adds to the generated client: a client built from KlingClientOptions owns its HttpClient and
// handler chain, so disposing the client releases them. One built around a given HttpClient (the
// generated constructor, dependency injection) leaves that HttpClient to its owner.
public partial class KlingClient : IDisposable
{
    private bool _ownsHttpClient;
    private bool _disposed;

    /// <summary>Releases the connection pool when this client created it; otherwise does nothing.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_ownsHttpClient)
        {
            _httpClient.Dispose();
        }

        GC.SuppressFinalize(this);
    }
}
