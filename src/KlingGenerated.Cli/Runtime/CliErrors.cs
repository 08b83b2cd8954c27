namespace KlingGenerated.Cli;

/// <summary>
/// Turns what went wrong into one clear line and the documented exit code; never a key. Wherever a
/// task exists (or may), the line names it and the command that continues from it.
/// </summary>
internal static class CliErrors
{
    public static (int ExitCode, string Status, string Message) Describe(Exception error, TaskRunner? runner, bool interrupted) =>
        Describe(error, runner, interrupted, null);

    public static (int ExitCode, string Status, string Message) Describe(Exception error, TaskRunner? runner, bool interrupted, CliSettings? settings)
    {
        var route = runner?.CurrentRoute is { } r ? RouteNames.Of(r) : null;
        var taskId = runner?.CurrentTaskId;
        var resume = taskId is not null && route is not null
            ? $" Resume with: kling task wait {route} {taskId}{runner!.CurrentTarget?.Arguments(overwrite: false)}"
            : string.Empty;
        var findIt = runner is { Stage: CreateStage.Sent, CurrentExternalTaskId: { } external } && route is not null
            ? $"its external id is {external}; find it with: kling task get {route} {external}"
            : null;
        var mayExist = findIt is null ? string.Empty : $" The create was sent, so the task may exist: {findIt}";
        var taskNote = taskId is not null ? $" Task {taskId} exists on the server.{resume}" : mayExist;
        var host = settings?.BaseUrl?.Host ?? (settings?.UsesSandbox == true ? "the sandbox" : KlingClientOptions.CometApiBaseUrl.Host);
        return error switch
        {
            _ when interrupted && error is OperationCanceledException =>
                (ExitCodes.Interrupted, "interrupted",
                    taskId is not null ? $"interrupted; task {taskId} goes on on the server.{resume}"
                    : findIt is not null ? $"interrupted after the create was sent, before its answer came: the task may exist; {findIt}"
                    : "interrupted; nothing was sent."),
            KlingValidationException invalid =>
                (ExitCodes.InvalidInput, "invalid", "invalid input, nothing was sent: " + string.Join("; ", invalid.Failures.Select(f => $"{f.Path}: {f.Message}"))),
            CliUsageException =>
                (ExitCodes.InvalidInput, "invalid", $"invalid input, nothing was sent: {error.Message}"),
            ArgumentException when taskId is null && runner?.Stage is null or CreateStage.NotSent =>
                (ExitCodes.InvalidInput, "invalid", $"invalid input, nothing was sent: {error.Message}"),
            ResultNotSavedException notSaved =>
                (ExitCodes.Other, "not_saved", $"task {notSaved.TaskId} succeeded, but its result was not saved: {WithoutLibraryOptions(notSaved.InnerException!.Message)}" +
                    $" Save it with: kling task wait {RouteNames.Of(notSaved.Route)} {notSaved.TaskId}{notSaved.Target.Arguments(overwrite: notSaved.FileExists)}"),
            KlingApiException api when AnswerKinds.Of(api) == AnswerKind.Unreadable =>
                (ExitCodes.Other, "unreadable", $"the answer from {host} could not be read: {api.Message}{taskNote}"),
            // A server error to a create is no refusal: the library treats it as ambiguous, and so does the message.
            KlingApiException api when findIt is not null && taskId is null && (api.StatusCode >= 500 || api.KlingCode is >= 5000 and <= 5002) =>
                (ExitCodes.Other, "server_error", $"the API answered with a server error: {api.Message}{mayExist}"),
            KlingApiException api =>
                (ExitCodes.Refused, "refused", $"the API refused the request: {api.Message}{(taskId is not null ? $" (task {taskId}).{resume}" : string.Empty)}"),
            KlingTaskFailedException failed =>
                (ExitCodes.TaskFailed, "failed", $"task {failed.TaskId} failed: {failed.StatusMessage ?? "no reason given"}"),
            KlingTaskTimeoutException timeout =>
                (ExitCodes.TimedOut, "timeout", $"gave up waiting for task {timeout.TaskId} after {timeout.Timeout.TotalSeconds:0} s; it goes on on the server.{resume}"),
            _ => (ExitCodes.Other, "error", error.Message + taskNote),
        };
    }

    // The library's messages name its own options; the command line has flags instead.
    private static string WithoutLibraryOptions(string message) =>
        message.Replace("set KlingDownloadOptions.Overwrite to replace it", "add --overwrite to replace it", StringComparison.Ordinal);
}
