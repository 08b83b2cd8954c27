using System.Net.Http.Headers;

namespace KlingGenerated;

// Signs a JWT once and reuses it until it is near its expiry (or Kling refuses it with 1003/1004),
// reading time from the injected TimeProvider so tests can move the clock.
internal sealed class KlingJwtTokenSource(string accessKey, string secretKey, TimeProvider timeProvider) : IKlingTokenSource
{
    /// <summary>A token with less than this left is replaced, so none expires on its way to Kling.</summary>
    public static readonly TimeSpan RefreshBefore = TimeSpan.FromMinutes(5);

    private readonly object _gate = new();
    private Signed? _current;

    public bool CanRefresh => true;

    public AuthenticationHeaderValue Current()
    {
        var now = timeProvider.GetUtcNow();
        lock (_gate)
        {
            if (_current is null || now >= _current.ExpiresAt - RefreshBefore)
            {
                _current = new Signed(new AuthenticationHeaderValue("Bearer", KlingJwt.Create(accessKey, secretKey, now)), now + KlingJwt.Lifetime);
            }

            return _current.Header;
        }
    }

    public void Invalidate(AuthenticationHeaderValue refused)
    {
        lock (_gate)
        {
            // Only the refused token: a concurrent call may already have signed a new one.
            if (ReferenceEquals(_current?.Header, refused))
            {
                _current = null;
            }
        }
    }

    private sealed record Signed(AuthenticationHeaderValue Header, DateTimeOffset ExpiresAt);
}
