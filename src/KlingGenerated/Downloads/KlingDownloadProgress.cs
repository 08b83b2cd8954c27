namespace KlingGenerated;

/// <summary>How far a download has come, for <see cref="IProgress{T}"/>.</summary>
/// <param name="Source">The URL being downloaded.</param>
/// <param name="FilePath">The file it is saved to, or null when it goes to a stream.</param>
/// <param name="BytesReceived">Bytes written so far (after a restart, counting from zero again).</param>
/// <param name="TotalBytes">The full length, when the server said.</param>
public readonly record struct KlingDownloadProgress(Uri Source, string? FilePath, long BytesReceived, long? TotalBytes);
