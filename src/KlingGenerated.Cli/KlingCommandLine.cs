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
        var parse = Build(host).Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                host.Error.WriteLine("kling: " + SecretRedactor.Redact(error.Message));
            }

            host.Error.WriteLine("kling: nothing was sent. See 'kling --help'.");
            return ExitCodes.InvalidInput;
        }

        // Program cancels the token on Ctrl+C itself, so the command can report the task it was on.
        var configuration = new InvocationConfiguration { Output = host.Output, Error = host.Error, ProcessTerminationTimeout = null };
        return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }
}
