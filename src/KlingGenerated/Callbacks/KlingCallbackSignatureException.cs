namespace KlingGenerated;

/// <summary>
/// A notification's Standard Webhooks signature was missing, unreadable, stale or wrong, so its body was not
/// read. Answer it with a 401; <see cref="Failure"/> says which check failed.
/// </summary>
public sealed class KlingCallbackSignatureException : KlingCallbackException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="failure">Which check failed.</param>
    /// <param name="message">What was wrong, without the secret or the signatures.</param>
    public KlingCallbackSignatureException(KlingCallbackSignatureFailure failure, string message)
        : base(message) => Failure = failure;

    /// <summary>Which check failed.</summary>
    public KlingCallbackSignatureFailure Failure { get; }
}
