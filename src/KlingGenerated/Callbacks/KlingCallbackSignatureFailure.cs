namespace KlingGenerated;

/// <summary>Why a notification's Standard Webhooks signature was refused.</summary>
public enum KlingCallbackSignatureFailure
{
    /// <summary>A signing secret is configured, but <c>webhook-id</c>, <c>webhook-timestamp</c> or <c>webhook-signature</c> is absent.</summary>
    Missing,

    /// <summary>A header is there but unreadable: a timestamp that is not Unix seconds, or no <c>v1,</c> signature in Base64.</summary>
    Malformed,

    /// <summary><c>webhook-timestamp</c> is further from now than the tolerance, in the past or the future: possibly a replay.</summary>
    Stale,

    /// <summary>No <c>v1</c> signature matches the body, id and timestamp under the configured secret: tampered, or another secret.</summary>
    Mismatch,
}
