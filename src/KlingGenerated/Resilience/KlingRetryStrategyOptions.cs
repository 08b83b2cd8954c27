using Polly;
using Polly.Retry;

namespace KlingGenerated;

/// <summary>
/// The retry of the standard pipeline, as Microsoft's <c>HttpRetryStrategyOptions</c>: 3 retries, 2 s
/// exponential backoff with jitter, and the server's Retry-After honoured.
/// </summary>
/// <remarks>
/// The default <see cref="RetryStrategyOptions{TResult}.ShouldHandle"/> retries connection failures,
/// timeouts, and the refusals Kling marks as temporary (codes 1302, 1303, 5000-5002, the gateway's 429
/// and 5xx other than <c>invalid_request</c>); never 1100-1102 or 1304, whatever the status. A create
/// that may have reached Kling is looked up by its external_task_id before it is sent again.
/// </remarks>
public sealed class KlingRetryStrategyOptions : RetryStrategyOptions<HttpResponseMessage>
{
    /// <summary>Creates the options with the standard defaults.</summary>
    public KlingRetryStrategyOptions()
    {
        Name = StandardPipelineNames.Retry;
        MaxRetryAttempts = 3;
        Delay = TimeSpan.FromSeconds(2);
        BackoffType = DelayBackoffType.Exponential;
        UseJitter = true;
        ShouldHandle = static args => new ValueTask<bool>(KlingTransientFailures.ShouldRetry(args.Outcome, args.Context));
    }

    /// <summary>Whether a Retry-After header sets the wait before the next attempt (default true).</summary>
    public bool ShouldRetryAfterHeader { get; set; } = true;
}
