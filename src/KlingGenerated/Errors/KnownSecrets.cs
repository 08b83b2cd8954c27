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
        // The same minimum as every other redaction (SecretRedactor.MinimumSecretLength): a key the command
        // line keeps out of its output is kept out of the library's exceptions too.
        _pattern = SecretRedactor.Compile(secrets);
    }

    /// <summary>The secrets of a client's options: the bearer key and the signing key.</summary>
    public static KnownSecrets Of(KlingClientOptions options) => new([options.ApiKey, options.SecretKey]);

    /// <summary>The text with every known secret and every key-shaped string replaced.</summary>
    public string Redact(string text) => SecretRedactor.Redact(text, _pattern);
}
