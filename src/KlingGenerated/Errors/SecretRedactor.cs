using System.Text.RegularExpressions;

namespace KlingGenerated;

// A server may echo a credential back in an error body; nothing we surface repeats one.
internal static partial class SecretRedactor
{
    private const string Redacted = "[REDACTED]";

    [GeneratedRegex(@"(?i)\bBearer\s+[^\s""',;]+")]
    private static partial Regex BearerToken();

    [GeneratedRegex(@"\bsk-[A-Za-z0-9_\-]{6,}")]
    private static partial Regex SecretKey();

    [GeneratedRegex(@"\beyJ[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+")]
    private static partial Regex Jwt();

    public static string Redact(string text) =>
        Jwt().Replace(SecretKey().Replace(BearerToken().Replace(text, "Bearer " + Redacted), Redacted), Redacted);

    public static string Redact(string text, string? secret) =>
        Redact(string.IsNullOrEmpty(secret) ? text : text.Replace(secret, Redacted, StringComparison.Ordinal));
}
