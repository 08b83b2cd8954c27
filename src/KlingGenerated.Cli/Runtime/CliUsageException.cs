namespace KlingGenerated.Cli;

/// <summary>Input the command cannot use; reported with exit code 2 before anything is sent.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
