namespace KlingGenerated;

// A size refusal is final (retrying brings the same bytes), so it has a type of its own to tell it
// from a transfer that kept breaking off.

/// <summary>
/// A result was larger than <see cref="KlingDownloadOptions.MaxBytes"/>: its declared length was refused
/// before reading, or its body was stopped once it grew past the limit. Nothing was left under the target name.
/// </summary>
public class KlingDownloadTooLargeException : KlingDownloadException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="source">The URL being downloaded.</param>
    /// <param name="bytesReceived">Bytes received when the download was stopped.</param>
    /// <param name="totalBytes">The length the server announced, if it did.</param>
    /// <param name="maxBytes">The limit that was exceeded.</param>
    public KlingDownloadTooLargeException(string message, Uri source, long bytesReceived, long? totalBytes, long maxBytes)
        : base(message, source, bytesReceived, totalBytes)
    {
        MaxBytes = maxBytes;
    }

    /// <summary>The limit that was exceeded (<see cref="KlingDownloadOptions.MaxBytes"/>).</summary>
    public long MaxBytes { get; }
}
