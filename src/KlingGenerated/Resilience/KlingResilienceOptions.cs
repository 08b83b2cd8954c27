using Microsoft.Extensions.Http.Resilience;

namespace KlingGenerated;

/// <summary>
/// Microsoft's <see cref="HttpStandardResilienceOptions"/>, bound from <c>Kling:Resilience</c>: the
/// standard pipeline's rate limiter, total request timeout, retry, circuit breaker and attempt timeout
/// with Microsoft's defaults, plus a switch to turn the pipeline off.
/// </summary>
/// <remarks>
/// <see cref="HttpStandardResilienceOptions.Retry"/> and <see cref="HttpStandardResilienceOptions.CircuitBreaker"/>
/// start with Kling's predicates instead of the status-only ones: what counts as a failure is decided by
/// Kling's business code (a 429 carries retryable 1302/1303 and final 1100-1102/1304 alike). Change their
/// properties rather than replacing them, or set <c>ShouldHandle</c> yourself. A create is never sent twice
/// when the first one may have reached Kling, whatever the retry decides: see the README. A Retry-After longer
/// than <see cref="Polly.Retry.RetryStrategyOptions{TResult}.MaxDelay"/> or than what is left of the total request
/// timeout ends the retries at once with the server's answer.
/// </remarks>
public sealed class KlingResilienceOptions : HttpStandardResilienceOptions
{
    /// <summary>Creates the options with Microsoft's defaults and Kling's predicates.</summary>
    public KlingResilienceOptions()
    {
        // A Retry-After beyond MaxDelay or the time left is not waited for: the answer goes back to the caller.
        Retry.ShouldHandle = args => new ValueTask<bool>(KlingTransientFailures.ShouldRetry(args.Outcome, args.Context) && RetryBudget.AllowsWait(args.Outcome, this));
        CircuitBreaker.ShouldHandle = static args => new ValueTask<bool>(KlingTransientFailures.IsTransient(args.Outcome, args.Context));
    }

    /// <summary>Whether the pipeline runs at all (default true). When false, every call is sent once and failures surface as they are.</summary>
    public bool Enabled { get; set; } = true;
}
