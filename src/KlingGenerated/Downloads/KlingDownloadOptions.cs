namespace KlingGenerated;

/// <summary>How a result is saved to disk. Plain settable properties, so the options bind from configuration.</summary>
public class KlingDownloadOptions
{
    /// <summary>Whether an existing file may be replaced. Default false: an existing file is an error, checked before anything is downloaded.</summary>
    public bool Overwrite { get; set; }

    /// <summary>
    /// Whether to write a small JSON file beside each saved file (<c>name.ext.json</c>) with the task id,
    /// the source URL and the time it was fetched: Kling deletes result URLs after 30 days, and this
    /// records where a file came from. Default false.
    /// </summary>
    public bool WriteSidecar { get; set; }

    /// <summary>How many times one file's transfer is attempted in all (the first try, then resumes). Default 4.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The pause before the second and later resumes; the first resume is immediate, since a dropped connection usually reconnects at once. Default 1 s.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    internal void Validate()
    {
        if (MaxAttempts < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxAttempts), MaxAttempts, "KlingDownloadOptions.MaxAttempts must be 1 or more.");
        }

        if (RetryDelay < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(RetryDelay), RetryDelay, "KlingDownloadOptions.RetryDelay must not be negative.");
        }
    }
}
