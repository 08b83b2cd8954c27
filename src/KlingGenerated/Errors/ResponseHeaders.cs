using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace KlingGenerated;

// The headers every generated operation hands to its response checks and exceptions. NSwag's code
// copied them into a dictionary on every call, parsing each header, though only an exception ever
// reads them; this copies on first use instead (Templates/Client.Class.liquid creates it). The copy
// is NSwag's: response headers, then content headers, a later name replacing an earlier one.
// KlingApiException reads them while the response is still open, so the copy never sees it disposed.
// They also carry the client's credentials to the exception, which removes them from what the server said.
internal sealed class ResponseHeaders(HttpResponseMessage response, KnownSecrets? secrets = null) : IReadOnlyDictionary<string, IEnumerable<string>>
{
    private Dictionary<string, IEnumerable<string>>? _copy;

    /// <summary>What the exception built from this response must never repeat.</summary>
    public KnownSecrets Secrets { get; } = secrets ?? KnownSecrets.None;

    /// <summary>The answer's body, whose one envelope scan the exception shares (see KlingResponseScan).</summary>
    public HttpContent? Content => response.Content;

    private Dictionary<string, IEnumerable<string>> Copy => _copy ??= CopyOf(response);

    public IEnumerable<string> this[string key] => Copy[key];

    public IEnumerable<string> Keys => Copy.Keys;

    public IEnumerable<IEnumerable<string>> Values => Copy.Values;

    public int Count => Copy.Count;

    public bool ContainsKey(string key) => Copy.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out IEnumerable<string> value) => Copy.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, IEnumerable<string>>> GetEnumerator() => Copy.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static Dictionary<string, IEnumerable<string>> CopyOf(HttpResponseMessage response)
    {
        var copy = new Dictionary<string, IEnumerable<string>>();
        foreach (var header in response.Headers)
        {
            copy[header.Key] = header.Value;
        }

        if (response.Content is { } content)
        {
            foreach (var header in content.Headers)
            {
                copy[header.Key] = header.Value;
            }
        }

        return copy;
    }
}
