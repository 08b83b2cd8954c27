using System.Net.Http.Headers;

namespace KlingGenerated;

// Adds to the receiver: the header collections a caller most often has, looked up by name in any case.
public sealed partial class KlingCallbackReceiver
{
    /// <summary>Checks and reads a notification whose headers are name/value pairs (names in any case; repeated names are joined with a space).</summary>
    /// <exception cref="KlingCallbackSignatureException">A secret is configured and the signature is missing, malformed, stale or wrong.</exception>
    /// <exception cref="KlingCallbackException">The body is too large or not a Kling task.</exception>
    public TaskData Read(ReadOnlySpan<byte> body, IEnumerable<KeyValuePair<string, string>> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        return Read(body, Lookup(headers));
    }

    /// <summary>Checks and reads a notification whose headers are an <see cref="HttpHeaders"/> collection.</summary>
    /// <exception cref="KlingCallbackSignatureException">A secret is configured and the signature is missing, malformed, stale or wrong.</exception>
    /// <exception cref="KlingCallbackException">The body is too large or not a Kling task.</exception>
    public TaskData Read(ReadOnlySpan<byte> body, HttpHeaders headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        return Read(body, name => headers.TryGetValues(name, out var values) ? string.Join(' ', values) : null);
    }

    private static Func<string, string?> Lookup(IEnumerable<KeyValuePair<string, string>> headers)
    {
        var byName = headers
            .GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => string.Join(' ', g.Select(h => h.Value)), StringComparer.OrdinalIgnoreCase);
        return name => byName.GetValueOrDefault(name);
    }
}
