using System.Text.RegularExpressions;

namespace KlingGenerated;

// The credentials a client holds, so an exception it builds can remove them wherever a server echoed
// them, in any form SecretRedactor knows (as written, URL-encoded, JSON-escaped); compiled once per client.
internal sealed class KnownSecrets
{
    public static readonly KnownSecrets None = new([]);

    private readonly Regex? _pattern;

    public KnownSecrets(IEnumerable<string?> secrets)
    {
        // Short values would redact ordinary words; keys are long.
        _pattern = SecretRedactor.Compile(secrets.Where(s => s is { Length: >= 8 }));
    }

    /// <summary>The secrets of a client's options: the bearer key and the signing key.</summary>
    public static KnownSecrets Of(KlingClientOptions options) => new([options.ApiKey, options.SecretKey]);

    /// <summary>The text with every known secret and every key-shaped string replaced.</summary>
    public string Redact(string text) => SecretRedactor.Redact(text, _pattern);
}
