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

    /// <summary>The default <see cref="MaxBytes"/>: 2 GiB, far above any Kling video, far below a full disk.</summary>
    public const long DefaultMaxBytes = 2L * 1024 * 1024 * 1024;

    /// <summary>The bytes that count as progress within <see cref="StallTimeout"/> (or the end of the body).</summary>
    public const int StallProgressBytes = 16 * 1024;

    // What a CancellationTokenSource's timer accepts (about 49 days).
    private static readonly TimeSpan LongestTimer = TimeSpan.FromMilliseconds(uint.MaxValue - 1.0);

    /// <summary>
    /// How long an attempt may go without progress before it is given up and resumed (it counts as one of
    /// <see cref="MaxAttempts"/>): no answer at all, or less than <see cref="StallProgressBytes"/> (16 KiB) in that
    /// time, so a host dripping a byte a second cannot hold a download forever. Default 30 s;
    /// <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> for none.
    /// </summary>
    public TimeSpan StallTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The largest result accepted, in bytes. A larger declared length is refused before reading, and a
    /// body growing past it is stopped; both with <see cref="KlingDownloadTooLargeException"/>, never retried.
    /// Default <see cref="DefaultMaxBytes"/> (2 GiB).
    /// </summary>
    public long MaxBytes { get; set; } = DefaultMaxBytes;

    internal void Validate()
    {
        if (StallTimeout != System.Threading.Timeout.InfiniteTimeSpan && (StallTimeout <= TimeSpan.Zero || StallTimeout > LongestTimer))
        {
            throw new ArgumentOutOfRangeException(nameof(StallTimeout), StallTimeout, "KlingDownloadOptions.StallTimeout must be positive and at most 49 days, or Timeout.InfiniteTimeSpan.");
        }

        if (MaxBytes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxBytes), MaxBytes, "KlingDownloadOptions.MaxBytes must be 1 or more.");
        }

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
