using Microsoft.Extensions.Logging;

namespace KlingGenerated;

// Source-generated log calls: no boxing or formatting when the level is off. Only ids, routes,
// statuses and times are logged, never request headers or keys.
internal static partial class TaskLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Kling task {TaskId} on {Route} is now {Status} (was {PreviousStatus})")]
    public static partial void StatusChanged(ILogger logger, string taskId, KlingRoute route, KlingTaskStatus status, KlingTaskStatus previousStatus);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Query for Kling task {TaskId} on {Route} failed transiently; waiting goes on")]
    public static partial void PollFailed(ILogger logger, string taskId, KlingRoute route, Exception exception);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Gave up waiting for Kling task {TaskId} on {Route} after {Timeout}; it keeps running")]
    public static partial void TimedOut(ILogger logger, string taskId, KlingRoute route, TimeSpan timeout);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "The server asked for Kling task {TaskId} on {Route} not to be queried for {RetryAfter}, beyond the wait's limit of {Timeout}; no further query")]
    public static partial void RetryAfterBeyondLimit(ILogger logger, string taskId, KlingRoute route, TimeSpan retryAfter, TimeSpan timeout);
}
