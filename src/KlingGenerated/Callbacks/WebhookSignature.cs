using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace KlingGenerated;

/// <summary>
/// Standard Webhooks signatures: HMAC-SHA256 over <c>{webhook-id}.{webhook-timestamp}.{body}</c>, sent as
/// <c>v1,&lt;Base64&gt;</c>, several space-separated during a secret rotation. Verifying refuses a missing or
/// unreadable header, a timestamp outside the tolerance and a signature that matches none of the v1 entries.
/// </summary>
internal sealed class WebhookSignature(byte[] key, TimeSpan tolerance, TimeProvider clock)
{
    public const string IdHeader = "webhook-id";
    public const string TimestampHeader = "webhook-timestamp";
    public const string SignatureHeader = "webhook-signature";
    private const string Version = "v1";

    /// <summary>The <c>webhook-signature</c> value for one key: <c>v1,&lt;Base64 HMAC&gt;</c>.</summary>
    public static string Sign(byte[] key, string id, long timestamp, ReadOnlySpan<byte> body) =>
        Version + "," + Convert.ToBase64String(Mac(key, id, timestamp.ToString(CultureInfo.InvariantCulture), body));

    /// <summary>Returns when one v1 signature holds; throws otherwise. Messages name the header, never its value.</summary>
    /// <exception cref="KlingCallbackSignatureException">The signature is missing, malformed, stale or wrong.</exception>
    public void Verify(ReadOnlySpan<byte> body, Func<string, string?> header)
    {
        var id = header(IdHeader);
        var timestamp = header(TimestampHeader);
        var signatures = header(SignatureHeader);
        var missing = new[] { (IdHeader, id), (TimestampHeader, timestamp), (SignatureHeader, signatures) }
            .Where(h => string.IsNullOrWhiteSpace(h.Item2)).Select(h => h.Item1).ToList();
        if (missing.Count > 0)
        {
            throw Refuse(KlingCallbackSignatureFailure.Missing,
                $"a signing secret is configured, but the notification has no {string.Join(", ", missing)} header, so it is unsigned");
        }

        timestamp = timestamp!.Trim();
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            throw Refuse(KlingCallbackSignatureFailure.Malformed, "webhook-timestamp is not a time in Unix seconds");
        }

        var drift = DateTimeOffset.FromUnixTimeSeconds(seconds) - clock.GetUtcNow();
        if (drift.Duration() > tolerance)
        {
            throw Refuse(KlingCallbackSignatureFailure.Stale, string.Create(CultureInfo.InvariantCulture,
                $"webhook-timestamp is {(long)drift.Duration().TotalSeconds} s in the {(drift < TimeSpan.Zero ? "past" : "future")}, beyond the tolerance of {(long)tolerance.TotalSeconds} s (a replay, or a wrong clock)"));
        }

        var expected = Mac(key, id!, timestamp, body);
        var candidates = 0;
        var received = new byte[64];
        foreach (var entry in signatures!.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Other versions (v1a, a future v2) are not ours to check; one v1 match is enough.
            if (!entry.StartsWith(Version + ",", StringComparison.Ordinal)
                || !Convert.TryFromBase64String(entry[(Version.Length + 1)..], received, out var length))
            {
                continue;
            }

            candidates++;
            if (CryptographicOperations.FixedTimeEquals(received.AsSpan(0, length), expected))
            {
                return;
            }
        }

        throw candidates == 0
            ? Refuse(KlingCallbackSignatureFailure.Malformed, "webhook-signature holds no v1 signature in Base64")
            : Refuse(KlingCallbackSignatureFailure.Mismatch,
                "no v1 signature in webhook-signature matches the body, webhook-id and webhook-timestamp under the configured secret (a changed notification, or another secret)");
    }

    private static byte[] Mac(byte[] key, string id, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"{id}.{timestamp}.");
        var content = new byte[prefix.Length + body.Length];
        prefix.CopyTo(content, 0);
        body.CopyTo(content.AsSpan(prefix.Length));
        return HMACSHA256.HashData(key, content);
    }

    private static KlingCallbackSignatureException Refuse(KlingCallbackSignatureFailure failure, string why) =>
        new(failure, $"The Kling callback was refused ({failure}): {why}.");
}
