using System.CommandLine;
using Newtonsoft.Json;

namespace KlingGenerated.Cli;

/// <summary>What every command does around its own work: settings, session, output, errors, exit code.</summary>
/// <remarks>
/// Output leaves through the host's scrubbing writers (see <see cref="KlingCommandLine.RunAsync"/>);
/// server strings are neutralised here (text) or escaped (JSON) so no line can be forged.
/// </remarks>
internal static class CommandExecution
{
    public static async Task<int> RunAsync(ParseResult parse, CliHost host, CancellationToken cancellationToken,
        Func<CommandContext, Task<CommandResult>> work)
    {
        var verbose = parse.GetValue(Commands.GlobalOptions.Verbose);
        var json = parse.GetValue(Commands.GlobalOptions.Json);
        var reporter = ConsoleReporter.For(host, verbose);
        CliSettings? settings = null;
        TaskRunner? runner = null;
        try
        {
            settings = CliSettings.From(parse, host);
            host.AddSecrets(settings.Secrets);
            var context = new CommandContext(parse, host, settings, reporter, cancellationToken);
            await using var session = await KlingSession.OpenAsync(settings, reporter, cancellationToken).ConfigureAwait(false);
            runner = new TaskRunner(session, settings, reporter);
            context.Attach(session, runner);
            var result = await work(context).ConfigureAwait(false);
            reporter.Finish();
            Print(host, result, json);
            return result.ExitCode;
        }
        catch (Exception error)
        {
            reporter.Finish();
            var (code, status, message) = CliErrors.Describe(error, runner, cancellationToken.IsCancellationRequested, settings);
            reporter.Note("kling: " + message);
            if (verbose)
            {
                reporter.Lines(Dump(error));
            }

            if (json)
            {
                Print(host, new CommandResult
                {
                    TaskId = runner?.CurrentTaskId,
                    ExternalTaskId = runner?.CurrentExternalTaskId,
                    Status = status,
                    Message = message,
                }, json: true);
            }

            return code;
        }
        finally
        {
            host.Output.Flush();
            host.Error.Flush();
        }
    }

    public static void Print(CliHost host, CommandResult result, bool json)
    {
        if (result.Jobs is { } jobs)
        {
            foreach (var job in jobs.Where(_ => json))
            {
                host.Output.WriteLine(Json(job));
            }

            return;
        }

        if (json)
        {
            host.Output.WriteLine(Json(result));
            return;
        }

        host.Output.WriteLine($"status: {TerminalText.Neutralise(result.Status)}");
        WriteIf(host, "task_id", result.TaskId);
        WriteIf(host, "external_task_id", result.ExternalTaskId);
        WriteIf(host, "message", result.Message);
        foreach (var url in result.Urls)
        {
            WriteIf(host, "url", url);
        }

        foreach (var file in result.Files)
        {
            WriteIf(host, "file", file);
        }

        foreach (var task in result.Tasks)
        {
            host.Output.WriteLine(TerminalText.Neutralise($"{task.TaskId}  {task.Status}{(task.ExternalTaskId is { } id ? "  " + id : string.Empty)}"));
        }
    }

    /// <summary>One result as one line of JSON: control characters (and the ones a terminal acts on) escaped.</summary>
    public static string Json(CommandResult result) =>
        TerminalText.EscapeJson(JsonConvert.SerializeObject(result, new JsonSerializerSettings
        {
            Formatting = Formatting.None,
            StringEscapeHandling = StringEscapeHandling.Default,
        }));

    private static void WriteIf(CliHost host, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            host.Output.WriteLine($"{name}: {TerminalText.Neutralise(value)}");
        }
    }

    // The exception chain, one line per message and per frame: a server string in a message stays on its line.
    private static IEnumerable<string> Dump(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            yield return $"{(e == error ? string.Empty : "---> ")}{e.GetType().FullName}: {e.Message}";
            foreach (var frame in (e.StackTrace ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                yield return frame.TrimEnd('\r');
            }
        }
    }

    /// <summary>Removes every given secret, in any escaped or encoded form, and anything shaped like a key, from text about to be shown or stored.</summary>
    public static string Scrub(string text, IEnumerable<string> secrets) => SecretRedactor.Redact(text, secrets);
}
