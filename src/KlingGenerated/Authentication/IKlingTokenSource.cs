using System.Net.Http.Headers;

namespace KlingGenerated;

// Where the bearer token of each request comes from: a fixed key, or a JWT signed on demand.
internal interface IKlingTokenSource
{
    /// <summary>Whether a refused token can be replaced by a new one (only a signed token can).</summary>
    bool CanRefresh { get; }

    /// <summary>The Authorization header value to send now.</summary>
    AuthenticationHeaderValue Current();

    /// <summary>Drops <paramref name="refused"/> so the next <see cref="Current"/> signs a new token.</summary>
    void Invalidate(AuthenticationHeaderValue refused);
}

internal sealed class StaticKeyTokenSource(string key) : IKlingTokenSource
{
    // One immutable header value for every request, rather than one allocation per call.
    private readonly AuthenticationHeaderValue _header = new("Bearer", key);

    public bool CanRefresh => false;

    public AuthenticationHeaderValue Current() => _header;

    public void Invalidate(AuthenticationHeaderValue refused)
    {
    }
}
