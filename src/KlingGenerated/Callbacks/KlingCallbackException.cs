namespace KlingGenerated;

/// <summary>
/// A notification posted to a <c>callback_url</c> was refused: its body is not a Kling task, it is too large,
/// or (as <see cref="KlingCallbackSignatureException"/>) its signature does not hold. Answer it with a 4xx.
/// The message never repeats the body's values or the signing secret.
/// </summary>
public class KlingCallbackException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">Why the notification was refused.</param>
    /// <param name="innerException">The error that caused it, if any.</param>
    public KlingCallbackException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
