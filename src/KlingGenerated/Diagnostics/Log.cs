using Microsoft.Extensions.Logging;

namespace KlingGenerated;

// Every message the transport logs. None takes a header, a body or a credential: only the method,
// the route, statuses, Kling codes and the caller's external_task_id.
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Kling {Operation} {Route} answered HTTP {StatusCode} in {ElapsedMilliseconds} ms")]
    public static partial void CreateCompleted(ILogger logger, string operation, string route, int statusCode, long elapsedMilliseconds);

    [LoggerMessage(2, LogLevel.Debug, "Kling {Operation} {Route} answered HTTP {StatusCode} in {ElapsedMilliseconds} ms")]
    public static partial void QueryCompleted(ILogger logger, string operation, string route, int statusCode, long elapsedMilliseconds);

    [LoggerMessage(3, LogLevel.Warning, "Kling {Operation} {Route} failed after {ElapsedMilliseconds} ms: {Reason}")]
    public static partial void CallFailed(ILogger logger, string operation, string route, long elapsedMilliseconds, string reason);

    [LoggerMessage(4, LogLevel.Warning, "Retrying Kling {Method} {Route} (retry {AttemptNumber}) in {DelayMilliseconds} ms after {Reason}")]
    public static partial void Retrying(ILogger logger, string method, string route, int attemptNumber, long delayMilliseconds, string reason);

    [LoggerMessage(5, LogLevel.Warning, "A create on {Route} may have reached Kling ({Reason}); looking the task up by external_task_id {ExternalTaskId} before sending it again")]
    public static partial void CreateAmbiguous(ILogger logger, string route, string reason, string externalTaskId);

    [LoggerMessage(6, LogLevel.Information, "Found the task with external_task_id {ExternalTaskId}: the create reached Kling, so it is not sent again")]
    public static partial void CreateFound(ILogger logger, string externalTaskId);

    [LoggerMessage(7, LogLevel.Information, "No task has external_task_id {ExternalTaskId}: sending the create again")]
    public static partial void CreateNotFound(ILogger logger, string externalTaskId);

    [LoggerMessage(8, LogLevel.Warning, "The Kling circuit breaker opened for {BreakMilliseconds} ms after {Reason}")]
    public static partial void CircuitOpened(ILogger logger, long breakMilliseconds, string reason);

    [LoggerMessage(9, LogLevel.Information, "The Kling circuit breaker closed")]
    public static partial void CircuitClosed(ILogger logger);

    [LoggerMessage(10, LogLevel.Information, "The Kling token was refused with code {KlingCode}; signing a new one and sending again once")]
    public static partial void TokenRefused(ILogger logger, int klingCode);
}
