namespace KlingGenerated.Testing;

// The notifications the sandbox posted to the tasks' callback_url, read back by a test.
public sealed partial class KlingSandbox
{
    /// <summary>
    /// The notifications of every task so far, oldest first. Waits until each one queued before the call has been
    /// answered or has timed out (<see cref="KlingSandboxOptions.CallbackTimeout"/>), so a test reads a settled list.
    /// </summary>
    /// <remarks>
    /// A task created with a <c>callback_url</c> on loopback (localhost, 127.0.0.1, ::1) gets one notification per
    /// status it reaches (submitted, processing, succeed or failed), its body the task's <c>data</c> as a query
    /// returns it. A sandbox task moves on only when it is queried or listed, so a test that waits on callbacks
    /// also waits on the task (for example with <c>WaitUntil.Completed</c>); the notifications then follow each
    /// change. Any other URL is never called; its notifications are listed with <see cref="CallbackDelivery.Sent"/> false.
    /// </remarks>
    public Task<IReadOnlyList<CallbackDelivery>> GetCallbackDeliveriesAsync(CancellationToken cancellationToken = default) =>
        _courier.DeliveriesAsync(cancellationToken);
}
