using Polly.CircuitBreaker;
using Polly.Timeout;

namespace KlingGenerated;

/// <summary>
/// The standard resilience pipeline's settings: the property names and defaults of Microsoft's
/// <c>HttpStandardResilienceOptions</c> (rate limiter, total request timeout, retry, circuit breaker,
/// attempt timeout), bound from <c>Kling:Resilience</c>.
/// </summary>
/// <remarks>
/// What counts as a failure is decided by Kling's business code, not by the HTTP status alone, and a
/// create is never sent twice when the first one may have reached Kling: see the README.
/// </remarks>
public sealed class KlingResilienceOptions
{
    /// <summary>Whether the pipeline runs at all (default true). When false, every call is sent once and failures surface as they are.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>A concurrency limiter: 1000 calls at once, none queued (<see cref="StandardPipelineNames.RateLimiter"/>).</summary>
    public KlingRateLimiterStrategyOptions RateLimiter { get; set; } = new();

    /// <summary>30 s over every attempt and the waits between them (<see cref="StandardPipelineNames.TotalRequestTimeout"/>).</summary>
    public TimeoutStrategyOptions TotalRequestTimeout { get; set; } = new()
    {
        Name = StandardPipelineNames.TotalRequestTimeout,
        Timeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>3 retries, 2 s exponential backoff with jitter, Retry-After honoured (<see cref="StandardPipelineNames.Retry"/>).</summary>
    public KlingRetryStrategyOptions Retry { get; set; } = new();

    /// <summary>
    /// Opens for 5 s when at least 10 % of at least 100 calls in 30 s failed transiently
    /// (<see cref="StandardPipelineNames.CircuitBreaker"/>).
    /// </summary>
    public CircuitBreakerStrategyOptions<HttpResponseMessage> CircuitBreaker { get; set; } = new()
    {
        Name = StandardPipelineNames.CircuitBreaker,
        FailureRatio = 0.1,
        MinimumThroughput = 100,
        SamplingDuration = TimeSpan.FromSeconds(30),
        BreakDuration = TimeSpan.FromSeconds(5),
        ShouldHandle = static args => new ValueTask<bool>(KlingTransientFailures.IsTransient(args.Outcome, args.Context)),
    };

    /// <summary>10 s for one attempt (<see cref="StandardPipelineNames.AttemptTimeout"/>).</summary>
    public TimeoutStrategyOptions AttemptTimeout { get; set; } = new()
    {
        Name = StandardPipelineNames.AttemptTimeout,
        Timeout = TimeSpan.FromSeconds(10),
    };
}
