namespace KlingGenerated;

// The credentials a client holds, so an exception it builds can remove them wherever a server echoed them:
// as they are, URL-encoded, or JSON-escaped (the JSON forms are caught after unescaping, by the caller).
internal sealed class KnownSecrets
{
    public static readonly KnownSecrets None = new([]);

    private readonly string[] _forms;

    public KnownSecrets(IEnumerable<string?> secrets)
    {
        // Short values would redact ordinary words; keys are long.
        _forms = [.. secrets
            .Where(s => s is { Length: >= 8 })
            .SelectMany(s => new[] { s!, Uri.EscapeDataString(s!), Newtonsoft.Json.JsonConvert.ToString(s)[1..^1] })
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(s => s.Length)];
    }

    /// <summary>The secrets of a client's options: the bearer key and the signing key.</summary>
    public static KnownSecrets Of(KlingClientOptions options) => new([options.ApiKey, options.SecretKey]);

    /// <summary>The text with every known secret and every key-shaped string replaced.</summary>
    public string Redact(string text)
    {
        foreach (var form in _forms)
        {
            text = SecretRedactor.Redact(text, form);
        }

        return _forms.Length == 0 ? SecretRedactor.Redact(text) : text;
    }
}
