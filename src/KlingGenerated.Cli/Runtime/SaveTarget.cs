namespace KlingGenerated.Cli;

/// <summary>Where a command saves its results: a file (--out), a folder (--out-dir), or the current folder.</summary>
internal sealed record SaveTarget(string? File, string Folder)
{
    public static SaveTarget From(string? outFile, string? outDir, CliHost host)
    {
        if (outFile is not null && outDir is not null)
        {
            throw new CliUsageException("Give --out (one file) or --out-dir (a folder), not both.");
        }

        return outFile is not null
            ? new SaveTarget(Path.GetFullPath(outFile, host.CurrentDirectory), host.CurrentDirectory)
            : new SaveTarget(null, Path.GetFullPath(outDir ?? ".", host.CurrentDirectory));
    }
}
