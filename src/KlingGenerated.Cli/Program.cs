using KlingGenerated.Cli;

// Ctrl+C cancels the command's token; the command reports the task it was on and exits with 130.
// A second Ctrl+C ends the process at once, for a stage that does not heed the token.
using var interrupt = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = !interrupt.IsCancellationRequested;
    interrupt.Cancel();
};

return await KlingCommandLine.RunAsync(args, CliHost.FromConsole(), interrupt.Token);
