namespace KlingGenerated.PackageTests;

/// <summary>How a child process ended, with everything it printed, for assertions that show why they failed.</summary>
internal sealed record ProcessResult(string Command, int ExitCode, string Output, TimeSpan Elapsed)
{
    public override string ToString() => $"`{Command}` exited {ExitCode} after {Elapsed.TotalSeconds:0.0} s; its output:\n{Output}";
}
