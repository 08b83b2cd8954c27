using System.Net.Http.Headers;

namespace KlingGenerated.Testing;

// A client pointed at the sandbox in one call, configured as the README tells users to configure one.
public sealed partial class KlingSandbox
{
    /// <summary>A <see cref="KlingClient"/> whose base address is this sandbox and whose bearer key is <paramref name="apiKey"/> (none when null).</summary>
    /// <remarks>The sandbox owns the underlying HttpClient and disposes it with itself.</remarks>
    public KlingClient CreateClient(string? apiKey = DefaultApiKey) => new(CreateHttpClient(apiKey));

    /// <summary>An HttpClient with this sandbox as base address and <paramref name="apiKey"/> as bearer key (none when null), owned by the sandbox.</summary>
    public HttpClient CreateHttpClient(string? apiKey = DefaultApiKey)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var http = new HttpClient { BaseAddress = BaseUri };
        if (apiKey is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        lock (_clients)
        {
            _clients.Add(http);
        }

        return http;
    }
}
