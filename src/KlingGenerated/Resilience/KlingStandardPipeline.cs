using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace KlingGenerated;

// Builds the standard pipeline in AddStandardResilienceHandler's order (rate limiter, total timeout,
// retry, circuit breaker, attempt timeout). The caller's option objects are copied, never changed,
// so logging and Retry-After are layered on without stacking when a pipeline is built again.
internal static class KlingStandardPipeline
{
    /// <summary>The pipeline's name, as Microsoft names a client's standard pipeline.</summary>
    public const string Name = "Kling-standard";

    public static ResiliencePipeline<HttpResponseMessage> Build(KlingResilienceOptions options, ILogger logger, TimeProvider timeProvider)
    {
        if (!options.Enabled)
        {
            return ResiliencePipeline<HttpResponseMessage>.Empty;
        }

        var limiter = new ConcurrencyLimiter(options.RateLimiter.DefaultRateLimiterOptions);
        return new ResiliencePipelineBuilder<HttpResponseMessage> { Name = Name, TimeProvider = timeProvider }
            .AddStrategy(_ => new ConcurrencyLimiterStrategy(limiter), options.RateLimiter)
            .AddTimeout(Copy(options.TotalRequestTimeout))
            .AddRetry(Retry(options.Retry, logger, timeProvider))
            .AddCircuitBreaker(CircuitBreaker(options.CircuitBreaker, logger))
            .AddTimeout(Copy(options.AttemptTimeout))
            .Build();
    }

    private static TimeoutStrategyOptions Copy(TimeoutStrategyOptions source) => new()
    {
        Name = source.Name,
        Timeout = source.Timeout,
        TimeoutGenerator = source.TimeoutGenerator,
        OnTimeout = source.OnTimeout,
    };

    private static RetryStrategyOptions<HttpResponseMessage> Retry(KlingRetryStrategyOptions source, ILogger logger, TimeProvider timeProvider)
    {
        var userDelay = source.DelayGenerator;
        var userOnRetry = source.OnRetry;
        var honourRetryAfter = source.ShouldRetryAfterHeader;
        return new RetryStrategyOptions<HttpResponseMessage>
        {
            Name = source.Name,
            MaxRetryAttempts = source.MaxRetryAttempts,
            Delay = source.Delay,
            MaxDelay = source.MaxDelay,
            BackoffType = source.BackoffType,
            UseJitter = source.UseJitter,
            Randomizer = source.Randomizer,
            ShouldHandle = source.ShouldHandle,
            DelayGenerator = args =>
                honourRetryAfter && RetryAfterDelay.From(args.Outcome.Result, timeProvider) is { } wait
                    ? new ValueTask<TimeSpan?>(wait)
                    : userDelay?.Invoke(args) ?? new ValueTask<TimeSpan?>((TimeSpan?)null),
            OnRetry = args =>
            {
                if (logger.IsEnabled(LogLevel.Warning))
                {
                    var request = ResilienceHandler.RequestOf(args.Context);
                    Log.Retrying(logger, request?.Method.Method ?? "?", RequestRoute.Of(request?.RequestUri), args.AttemptNumber + 1,
                        (long)args.RetryDelay.TotalMilliseconds, OutcomeDescription.Of(args.Outcome));
                }

                return userOnRetry?.Invoke(args) ?? default;
            },
        };
    }

    private static CircuitBreakerStrategyOptions<HttpResponseMessage> CircuitBreaker(CircuitBreakerStrategyOptions<HttpResponseMessage> source, ILogger logger)
    {
        var userOpened = source.OnOpened;
        var userClosed = source.OnClosed;
        return new CircuitBreakerStrategyOptions<HttpResponseMessage>
        {
            Name = source.Name,
            FailureRatio = source.FailureRatio,
            MinimumThroughput = source.MinimumThroughput,
            SamplingDuration = source.SamplingDuration,
            BreakDuration = source.BreakDuration,
            BreakDurationGenerator = source.BreakDurationGenerator,
            ShouldHandle = source.ShouldHandle,
            ManualControl = source.ManualControl,
            StateProvider = source.StateProvider,
            OnHalfOpened = source.OnHalfOpened,
            OnOpened = args =>
            {
                Log.CircuitOpened(logger, (long)args.BreakDuration.TotalMilliseconds, OutcomeDescription.Of(args.Outcome));
                return userOpened?.Invoke(args) ?? default;
            },
            OnClosed = args =>
            {
                Log.CircuitClosed(logger);
                return userClosed?.Invoke(args) ?? default;
            },
        };
    }
}
