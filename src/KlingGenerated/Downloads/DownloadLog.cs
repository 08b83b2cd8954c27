using Microsoft.Extensions.Logging;

namespace KlingGenerated;

// Only hosts, never full result URLs: a CDN URL may carry a signature in its query.
internal static partial class DownloadLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Saved {Length} bytes from {Host} to {Path}")]
    public static partial void Saved(ILogger logger, long length, string host, string path);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Download from {Host} broke off after {Received} of {Total} bytes (attempt {Attempt}); resuming")]
    public static partial void Interrupted(ILogger logger, string host, long received, long? total, int attempt, Exception exception);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning, Message = "{Host} ignored the range request; downloading again from the start")]
    public static partial void Restarted(ILogger logger, string host);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Warning, Message = "Download from {Host} refused as too large after {Received} bytes (announced {Total}, limit {MaxBytes})")]
    public static partial void TooLarge(ILogger logger, string host, long received, long? total, long maxBytes);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Information, Message = "Removed {Count} partial download(s) of {FileName} left by an earlier run")]
    public static partial void StaleRemoved(ILogger logger, int count, string fileName);
}
