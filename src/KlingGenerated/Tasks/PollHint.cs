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
        if (Read(response, timeProvider) is { } wait)
        {
            RetryAfter = wait;
        }
    }

    /// <summary>
    /// Retry-After as Microsoft's retry reads it (a delta as is, a date against the clock, a past date as
    /// zero, nothing without the header), but against the waiting operation's clock, not the system's.
    /// </summary>
    internal static TimeSpan? Read(HttpResponseMessage response, TimeProvider timeProvider) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta > TimeSpan.Zero ? delta : TimeSpan.Zero,
        { Date: { } date } when date - timeProvider.GetUtcNow() is var wait => wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };
}
