using KlingGenerated.Cli.Commands;

namespace KlingGenerated.Cli;

/// <summary>Turns what went wrong into one clear line and the documented exit code; never a key.</summary>
internal static class CliErrors
{
    public static (int ExitCode, string Status, string Message) Describe(Exception error, TaskRunner? runner, bool interrupted)
    {
        var resume = runner?.CurrentTaskId is { } id && runner.CurrentRoute is { } route
            ? $" Resume with: kling task wait {RouteNames.Of(route)} {id}"
            : string.Empty;
        return error switch
        {
            _ when interrupted && error is OperationCanceledException =>
                (ExitCodes.Interrupted, "interrupted", runner?.CurrentTaskId is { } task
                    ? $"interrupted; task {task} goes on on the server.{resume}"
                    : "interrupted before a task was created."),
            KlingValidationException invalid =>
                (ExitCodes.InvalidInput, "invalid", "invalid input, nothing was sent: " + string.Join("; ", invalid.Failures.Select(f => $"{f.Path}: {f.Message}"))),
            CliUsageException =>
                (ExitCodes.InvalidInput, "invalid", $"invalid input, nothing was sent: {error.Message}"),
            ArgumentException when runner?.CurrentTaskId is null =>
                (ExitCodes.InvalidInput, "invalid", $"invalid input, nothing was sent: {error.Message}"),
            KlingApiException api =>
                (ExitCodes.Refused, "refused", $"the API refused the request: {api.Message}"),
            KlingTaskFailedException failed =>
                (ExitCodes.TaskFailed, "failed", $"task {failed.TaskId} failed: {failed.StatusMessage ?? "no reason given"}"),
            KlingTaskTimeoutException timeout =>
                (ExitCodes.TimedOut, "timeout", $"gave up waiting for task {timeout.TaskId} after {timeout.Timeout.TotalSeconds:0} s; it goes on on the server.{resume}"),
            _ => (ExitCodes.Other, "error", error.Message),
        };
    }
}
