namespace KlingGenerated;

// Retry-After as Microsoft's retry reads it (a delta as is, a date against the clock, a past date as
// zero, nothing without the header), but against the caller's clock, not the system's. The one place
// the wait is worked out: for a task's answer, for a refused call's exception, and for the retry budget.
internal static class RetryAfterHeader
{
    public static TimeSpan? Read(HttpResponseMessage response, TimeProvider timeProvider) =>
        Wait(response.Headers.RetryAfter?.Delta, response.Headers.RetryAfter?.Date, timeProvider);

    public static TimeSpan? Wait(TimeSpan? delta, DateTimeOffset? date, TimeProvider timeProvider) => (delta, date) switch
    {
        ({ } d, _) => d > TimeSpan.Zero ? d : TimeSpan.Zero,
        (null, { } at) when at - timeProvider.GetUtcNow() is var wait => wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };
}
