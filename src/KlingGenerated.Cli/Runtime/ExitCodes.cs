namespace KlingGenerated.Cli;

/// <summary>The command's exit codes; scripts branch on them, so they never change meaning.</summary>
internal static class ExitCodes
{
    public const int Done = 0;
    public const int Other = 1;
    public const int InvalidInput = 2;
    public const int Refused = 3;
    public const int TaskFailed = 4;
    public const int TimedOut = 5;
    public const int Interrupted = 130;
}
