using System.CommandLine;
using KlingGenerated.Cli.Commands;

namespace KlingGenerated.Cli;

/// <summary>The <c>kling</c> command tree, runnable in-process (tests) or from <c>Program</c>.</summary>
internal static class KlingCommandLine
{
    public static RootCommand Build(CliHost host)
    {
        var root = new RootCommand("Kling AI from the command line: image to video, several images to video, several images to one image. " +
            "Without an API key every command runs on a local sandbox, so nothing is paid.");
        foreach (var option in GlobalOptions.All)
        {
            root.Options.Add(option);
        }

        root.Subcommands.Add(ImageToVideoCommand.Create(host));
        root.Subcommands.Add(MultiImageToVideoCommand.Create(host));
        root.Subcommands.Add(MultiImageToImageCommand.Create(host));
        root.Subcommands.Add(TaskCommands.Create(host));
        root.Subcommands.Add(BatchCommand.Create(host));
        root.Subcommands.Add(SandboxCommand.Create(host));
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliHost host, CancellationToken cancellationToken = default)
    {
        // Everything the command prints, from parse errors and help to results, leaves through these writers.
        var scrubbed = host.Scrubbed(out var output, out var error);
        try
        {
            var root = Build(scrubbed);
            var parse = root.Parse(args);
            scrubbed.AddSecrets(CliSecrets.From(args, parse, root, host));
            if (parse.Errors.Count > 0)
            {
                foreach (var parseError in parse.Errors)
                {
                    scrubbed.Error.WriteLine("kling: " + TerminalText.Neutralise(parseError.Message));
                }

                scrubbed.Error.WriteLine("kling: nothing was sent. See 'kling --help'.");
                return ExitCodes.InvalidInput;
            }

            // Program cancels the token on Ctrl+C itself, so the command can report the task it was on.
            var configuration = new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = null };
            return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            output.Flush();
            error.Flush();
        }
    }
}
