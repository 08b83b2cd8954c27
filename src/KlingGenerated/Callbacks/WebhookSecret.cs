namespace KlingGenerated;

// The key a Standard Webhooks secret stands for: the Base64 after the optional "whsec_" prefix, decoded.
// Only the key bytes are kept, so nothing built from a secret can print it.
internal static class WebhookSecret
{
    public const string Prefix = "whsec_";

    /// <summary>The HMAC key of <paramref name="secret"/>.</summary>
    /// <exception cref="ArgumentException">It is empty or not Base64 after the prefix (the message does not repeat it).</exception>
    public static byte[] KeyOf(string secret, string parameterName)
    {
        var encoded = secret.StartsWith(Prefix, StringComparison.Ordinal) ? secret[Prefix.Length..] : secret;
        var key = new byte[encoded.Length];
        if (encoded.Length == 0 || !Convert.TryFromBase64String(encoded, key, out var written) || written == 0)
        {
            throw new ArgumentException(
                "The signing secret is not a Standard Webhooks secret: it must be Base64, optionally after a \"whsec_\" prefix, as Kling's console shows it.",
                parameterName);
        }

        return key[..written];
    }
}
