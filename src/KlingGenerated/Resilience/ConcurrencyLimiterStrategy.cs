using System.Runtime.CompilerServices;
using System.Threading.RateLimiting;
using Polly;

namespace KlingGenerated;

// The standard pipeline's outermost strategy. Polly.RateLimiting is not on our package feed, so this
// is the few lines of it we need, over System.Threading.RateLimiting's ConcurrencyLimiter.
internal sealed class ConcurrencyLimiterStrategy(ConcurrencyLimiter limiter) : ResilienceStrategy<HttpResponseMessage>
{
    // Every call passes here and completes asynchronously (it waits for the whole call), so a pooled
    // builder saves one state machine box per call.
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    protected override async ValueTask<Outcome<HttpResponseMessage>> ExecuteCore<TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<HttpResponseMessage>>> callback, ResilienceContext context, TState state)
    {
        using var lease = await limiter.AcquireAsync(1, context.CancellationToken).ConfigureAwait(context.ContinueOnCapturedContext);
        if (!lease.IsAcquired)
        {
            return Outcome.FromException<HttpResponseMessage>(new KlingRateLimiterRejectedException());
        }

        return await callback(context, state).ConfigureAwait(context.ContinueOnCapturedContext);
    }
}
