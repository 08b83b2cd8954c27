namespace KlingGenerated;

/// <summary>
/// A result could not be downloaded completely: the transfer kept breaking off, or the server sent
/// a different length than it announced. Nothing was left under the target file name.
/// </summary>
public class KlingDownloadException : IOException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="source">The URL being downloaded.</param>
    /// <param name="bytesReceived">Bytes received in the last attempt.</param>
    /// <param name="totalBytes">The length the server announced, if it did.</param>
    /// <param name="innerException">The last transfer error, if any.</param>
    public KlingDownloadException(string message, Uri source, long bytesReceived, long? totalBytes, Exception? innerException = null)
        : base(message, innerException)
    {
        Url = source;
        BytesReceived = bytesReceived;
        TotalBytes = totalBytes;
    }

    /// <summary>The URL being downloaded.</summary>
    public Uri Url { get; }

    /// <summary>Bytes received in the last attempt.</summary>
    public long BytesReceived { get; }

    /// <summary>The length the server announced, if it did.</summary>
    public long? TotalBytes { get; }
}
