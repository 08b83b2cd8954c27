namespace KlingGenerated;

/// <summary>
/// The names of the standard pipeline's strategies, the same as Microsoft.Extensions.Http.Resilience's
/// <c>AddStandardResilienceHandler</c>, so telemetry and dashboards read the same after a switch.
/// </summary>
public static class StandardPipelineNames
{
    /// <summary>The concurrency limiter, outermost.</summary>
    public const string RateLimiter = "Standard-RateLimiter";

    /// <summary>The timeout over all attempts and the waits between them.</summary>
    public const string TotalRequestTimeout = "Standard-TotalRequestTimeout";

    /// <summary>The retry.</summary>
    public const string Retry = "Standard-Retry";

    /// <summary>The circuit breaker.</summary>
    public const string CircuitBreaker = "Standard-CircuitBreaker";

    /// <summary>The timeout of one attempt, innermost.</summary>
    public const string AttemptTimeout = "Standard-AttemptTimeout";
}
