namespace KlingGenerated.Testing;

/// <summary>One notification the sandbox sent (or, for a callback_url off this machine, did not send) for a task's status change.</summary>
/// <param name="TaskId">The task whose status changed.</param>
/// <param name="TaskStatus">The status the notification carried: submitted, processing, succeed or failed.</param>
/// <param name="Url">The task's callback_url.</param>
/// <param name="Sent">Whether the sandbox posted it; false for a URL that is not on loopback, which it never calls.</param>
/// <param name="StatusCode">The receiver's HTTP status, when it answered.</param>
/// <param name="Error">Why it failed (no answer within the timeout, connection refused, a non-2xx status, not loopback); null when the receiver answered 2xx.</param>
public sealed record CallbackDelivery(string TaskId, string TaskStatus, Uri Url, bool Sent, int? StatusCode, string? Error)
{
    /// <summary>Whether the receiver answered with a 2xx status.</summary>
    public bool Delivered => Error is null;
}
