namespace KlingGenerated.Cli;

/// <summary>
/// Where a command saves its results: a file (--out), a folder (--out-dir), or the current folder.
/// Checked when it is made, before anything is sent, so a result is never paid for and then refused.
/// </summary>
internal sealed record SaveTarget(string? File, string Folder, bool Overwrite, bool FolderGiven)
{
    public static SaveTarget From(string? outFile, string? outDir, bool overwrite, CliHost host)
    {
        if (outFile is not null && outDir is not null)
        {
            throw new CliUsageException("Give --out (one file) or --out-dir (a folder), not both.");
        }

        if (outFile is not null)
        {
            var path = Path.GetFullPath(outFile, host.CurrentDirectory);
            if (Directory.Exists(path) || outFile.EndsWith('/') || outFile.EndsWith(Path.DirectorySeparatorChar))
            {
                throw new CliUsageException($"--out {path} is a folder; give a file name.");
            }

            if (System.IO.File.Exists(path) && !overwrite)
            {
                throw new CliUsageException($"--out {path} already exists; add --overwrite to replace it.");
            }

            EnsureWritableFolder(Path.GetDirectoryName(path)!, "--out");
            return new SaveTarget(path, Path.GetDirectoryName(path)!, overwrite, FolderGiven: false);
        }

        var folder = Path.GetFullPath(outDir ?? ".", host.CurrentDirectory);
        if (System.IO.File.Exists(folder))
        {
            throw new CliUsageException($"--out-dir {folder} is a file, not a folder.");
        }

        EnsureWritableFolder(folder, "--out-dir");
        return new SaveTarget(null, folder, overwrite, FolderGiven: outDir is not null);
    }

    /// <summary>The options that save to this target again, for a resume command.</summary>
    public string Arguments(bool overwrite) =>
        (File is not null ? " --out " + Quote(File) : FolderGiven ? " --out-dir " + Quote(Folder) : string.Empty)
        + (overwrite || Overwrite ? " --overwrite" : string.Empty);

    private static string Quote(string path) => path.Any(c => char.IsWhiteSpace(c) || c is '\'' or '"' or '$' or '`' or '\\' or '*' or '?' or ';' or '&' or '|')
        ? "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'"
        : path;

    // Creates the folder and writes (then removes) an empty probe file in it, so a missing
    // permission or a file in the way shows up now rather than after the task was paid for.
    private static void EnsureWritableFolder(string folder, string option)
    {
        try
        {
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, $".kling-{Guid.NewGuid():N}.probe");
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"{option}: the folder {folder} cannot be created or written to ({e.Message}).");
        }
    }
}
