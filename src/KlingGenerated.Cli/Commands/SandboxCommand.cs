using System.CommandLine;
using KlingGenerated.Testing;
using Newtonsoft.Json;

namespace KlingGenerated.Cli.Commands;

/// <summary><c>kling sandbox</c>: the offline Kling sandbox in the foreground, until Ctrl+C.</summary>
internal static class SandboxCommand
{
    public static Command Create(CliHost host)
    {
        var port = new Option<int>("--port") { Description = "The loopback port (default: a free one)." };
        var command = new Command("sandbox", "Run the Kling sandbox on loopback until Ctrl+C; point any client at the URL it prints.") { port };
        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                await using var sandbox = await KlingSandbox.StartAsync(new KlingSandboxOptions { Port = parse.GetValue(port) }, cancellationToken).ConfigureAwait(false);
                host.Output.WriteLine(parse.GetValue(GlobalOptions.Json)
                    ? JsonConvert.SerializeObject(new { base_url = sandbox.BaseUri.ToString(), api_key = KlingSandbox.DefaultApiKey })
                    : sandbox.BaseUri.ToString());
                host.Output.Flush();
                host.Error.WriteLine($"kling: sandbox listening at {sandbox.BaseUri} (any bearer key works); Ctrl+C stops it.");
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
                return ExitCodes.Done;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                host.Error.WriteLine("kling: sandbox stopped.");
                return ExitCodes.Done;
            }
            catch (Exception e) when (e is IOException or TimeoutException or InvalidOperationException)
            {
                host.Error.WriteLine($"kling: the sandbox could not start: {e.Message}");
                return ExitCodes.Other;
            }
        });
        return command;
    }
}
