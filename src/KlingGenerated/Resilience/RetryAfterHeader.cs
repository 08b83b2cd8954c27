namespace KlingGenerated;

// Retry-After as Microsoft's retry reads it (a delta as is, a date against the clock, a past date as
// zero, nothing without the header), but against the caller's clock, not the system's.
internal static class RetryAfterHeader
{
    public static TimeSpan? Read(HttpResponseMessage response, TimeProvider timeProvider) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta > TimeSpan.Zero ? delta : TimeSpan.Zero,
        { Date: { } date } when date - timeProvider.GetUtcNow() is var wait => wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };
}
