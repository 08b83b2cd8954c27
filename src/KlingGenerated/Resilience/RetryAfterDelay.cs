namespace KlingGenerated;

// Retry-After as Microsoft's RetryAfterHelper reads it: a delta as is, a date against the injected
// clock, a past date as zero; nothing when the header is absent, so the backoff applies.
internal static class RetryAfterDelay
{
    public static TimeSpan? From(HttpResponseMessage? response, TimeProvider timeProvider)
    {
        var retryAfter = response?.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (retryAfter?.Date is { } date)
        {
            var wait = date - timeProvider.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }
}
