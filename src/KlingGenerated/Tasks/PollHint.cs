namespace KlingGenerated;

// Carries what a poll's raw response said beyond its body (Retry-After) from the generated
// client's ProcessResponse hook back to the waiting operation. An AsyncLocal holder, so
// concurrent waits on one client never see each other's hints and the generated code stays untouched.
internal sealed class PollHint
{
    private static readonly AsyncLocal<PollHint?> s_current = new();

    public static PollHint? Current => s_current.Value;

    public TimeSpan? RetryAfter { get; set; }

    /// <summary>Starts collecting hints for calls made below the caller's async frame.</summary>
    public static PollHint Begin()
    {
        var hint = new PollHint();
        s_current.Value = hint;
        return hint;
    }

    public void Capture(HttpResponseMessage response, TimeProvider timeProvider)
    {
        if (response.Headers.RetryAfter is not { } retryAfter)
        {
            return;
        }

        if (retryAfter.Delta is { } delta)
        {
            RetryAfter = delta;
        }
        else if (retryAfter.Date is { } date)
        {
            var wait = date - timeProvider.GetUtcNow();
            RetryAfter = wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }
    }
}
