using Microsoft.Extensions.Logging;

namespace KlingGenerated;

// A download killed mid-way (the process, not a cancellation, which removes its own) leaves its hidden
// ".{name}.{guid}.part" beside the target for good; a new download of the same target removes those no
// one is writing. A writer holds its part file open with FileShare.None, a lock other processes see
// too (flock on Unix), so a file that can be opened the same way has been given up.
internal static class StalePartialFiles
{
    // A part file this young may belong to a download that has created it and not yet locked it.
    private static readonly TimeSpan MinimumAge = TimeSpan.FromSeconds(30);

    private const string Suffix = ".part";

    private const int GuidLength = 32;

    private static readonly EnumerationOptions TopLevelIncludingHidden = new()
    {
        AttributesToSkip = 0,
        IgnoreInaccessible = true,
        MatchType = MatchType.Simple,
        RecurseSubdirectories = false,
    };

    /// <summary>A new hidden part-file name for <paramref name="fileName"/>, in the one format <see cref="IsPartOf"/> recognises.</summary>
    public static string NewName(string fileName) => $".{fileName}.{Guid.NewGuid():N}{Suffix}";

    /// <summary>Removes the abandoned part files of <paramref name="fileName"/> in <paramref name="folder"/>; best effort, never throws.</summary>
    /// <returns>How many were removed.</returns>
    public static int Clean(string folder, string fileName, ILogger logger)
    {
        var removed = 0;
        try
        {
            var oldest = DateTime.UtcNow - MinimumAge;
            foreach (var path in Directory.EnumerateFiles(folder, "*" + Suffix, TopLevelIncludingHidden))
            {
                if (IsPartOf(Path.GetFileName(path), fileName) && File.GetLastWriteTimeUtc(path) < oldest && TryRemoveUnlocked(path))
                {
                    removed++;
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Cleaning up is a courtesy; it must never stop the download that came to do it.
        }

        if (removed > 0)
        {
            DownloadLog.StaleRemoved(logger, removed, fileName);
        }

        return removed;
    }

    internal static bool IsPartOf(string candidate, string fileName)
    {
        var prefixLength = fileName.Length + 2;
        return candidate.Length == prefixLength + GuidLength + Suffix.Length
            && candidate[0] == '.'
            && candidate.AsSpan(1, fileName.Length).SequenceEqual(fileName)
            && candidate[prefixLength - 1] == '.'
            && candidate.EndsWith(Suffix, StringComparison.Ordinal)
            && !candidate.AsSpan(prefixLength, GuidLength).ContainsAnyExcept("0123456789abcdef");
    }

    private static bool TryRemoveUnlocked(string path)
    {
        try
        {
            // Opened as its writer opened it: this fails while anyone still writes it, and deletes it on close otherwise.
            using var _ = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
