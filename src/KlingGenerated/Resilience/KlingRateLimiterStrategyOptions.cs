using System.Threading.RateLimiting;
using Polly;

namespace KlingGenerated;

/// <summary>
/// The concurrency limiter of the standard pipeline, as Microsoft's <c>HttpRateLimiterStrategyOptions</c>:
/// 1000 calls at once and no queue, so it only stops a runaway loop. Kling's own limit is on running
/// tasks, per account; it answers 1303 when it is reached, and that is retried.
/// </summary>
public sealed class KlingRateLimiterStrategyOptions : ResilienceStrategyOptions
{
    /// <summary>Creates the options with the standard defaults.</summary>
    public KlingRateLimiterStrategyOptions() => Name = StandardPipelineNames.RateLimiter;

    /// <summary>The limiter's settings: <c>PermitLimit</c> 1000, <c>QueueLimit</c> 0.</summary>
    public ConcurrencyLimiterOptions DefaultRateLimiterOptions { get; set; } = new()
    {
        PermitLimit = 1000,
        QueueLimit = 0,
    };
}
