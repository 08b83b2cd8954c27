namespace KlingGenerated;

/// <summary>
/// The client's own concurrency limit (<c>Kling:Resilience:RateLimiter</c>) was reached, so the call was
/// not sent at all.
/// </summary>
public sealed class KlingRateLimiterRejectedException : Exception
{
    /// <summary>Creates the exception with the default message.</summary>
    public KlingRateLimiterRejectedException()
        : this("The call was not sent: the client's concurrency limit (Kling:Resilience:RateLimiter) is reached.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public KlingRateLimiterRejectedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public KlingRateLimiterRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
