using KlingGenerated.Cli;

// Ctrl+C cancels the command's token; the command reports the task it was on and exits with 130.
using var interrupt = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    interrupt.Cancel();
};

return await KlingCommandLine.RunAsync(args, CliHost.FromConsole(), interrupt.Token);
