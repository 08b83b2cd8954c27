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
        // Read as the retry pipeline reads it, so a poll and a retry never disagree about one header.
        if (RetryAfterDelay.From(response, timeProvider) is { } wait)
        {
            RetryAfter = wait;
        }
    }
}
