using System.CommandLine;
using Newtonsoft.Json;

namespace KlingGenerated.Cli;

/// <summary>What every command does around its own work: settings, session, output, errors, exit code.</summary>
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
            var (code, status, message) = CliErrors.Describe(error, runner, cancellationToken.IsCancellationRequested);
            var secrets = settings?.Secrets ?? [];
            host.Error.WriteLine("kling: " + Scrub(message, secrets));
            if (verbose)
            {
                host.Error.WriteLine(Scrub(error.ToString(), secrets));
            }

            if (json)
            {
                Print(host, new CommandResult { TaskId = runner?.CurrentTaskId, Status = status, Message = Scrub(message, secrets) }, json: true);
            }

            return code;
        }
    }

    public static void Print(CliHost host, CommandResult result, bool json)
    {
        if (result.Jobs is { } jobs)
        {
            foreach (var job in jobs.Where(_ => json))
            {
                host.Output.WriteLine(JsonConvert.SerializeObject(job, Formatting.None));
            }

            return;
        }

        if (json)
        {
            host.Output.WriteLine(JsonConvert.SerializeObject(result, Formatting.None));
            return;
        }

        host.Output.WriteLine($"status: {result.Status}");
        WriteIf(host, "task_id", result.TaskId);
        WriteIf(host, "external_task_id", result.ExternalTaskId);
        WriteIf(host, "message", result.Message);
        foreach (var url in result.Urls)
        {
            host.Output.WriteLine($"url: {url}");
        }

        foreach (var file in result.Files)
        {
            host.Output.WriteLine($"file: {file}");
        }

        foreach (var task in result.Tasks)
        {
            host.Output.WriteLine($"{task.TaskId}  {task.Status}{(task.ExternalTaskId is { } id ? "  " + id : string.Empty)}");
        }
    }

    private static void WriteIf(CliHost host, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            host.Output.WriteLine($"{name}: {value}");
        }
    }

    /// <summary>Removes every given secret, and anything shaped like a key, from text about to be shown.</summary>
    public static string Scrub(string text, IEnumerable<string> secrets)
    {
        foreach (var secret in secrets.Where(s => s.Length >= 4))
        {
            text = text.Replace(secret, "[REDACTED]", StringComparison.Ordinal);
        }

        return SecretRedactor.Redact(text);
    }
}
