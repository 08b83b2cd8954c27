namespace KlingGenerated.Benchmarks.Hostile;

// The scenarios of the endless-body memory report, in one list, so the parent that starts the client
// processes and the client that runs one agree on what each name means and what it is compared with.

/// <summary>What a client process does against the hostile server.</summary>
internal enum EndlessWork
{
    /// <summary>Task queries through a <see cref="KlingClient"/> built from options.</summary>
    Query,

    /// <summary>One result download to a temporary file through <see cref="KlingResultDownloader"/>.</summary>
    Download,
}

/// <summary>One client process's work, and the normal scenario its peak is divided by.</summary>
/// <param name="Name">The name on the command line and in the table.</param>
/// <param name="Work">Queries or a download.</param>
/// <param name="Endless">Whether the server's answer never ends.</param>
/// <param name="Baseline">The scenario the ratio compares with; itself for a normal one.</param>
/// <param name="MaxBytes">The download's <see cref="KlingDownloadOptions.MaxBytes"/>; null for the default.</param>
/// <param name="Calls">How many queries the client makes, one after another.</param>
internal sealed record EndlessScenario(string Name, EndlessWork Work, bool Endless, string Baseline, long? MaxBytes = null, int Calls = EndlessScenario.QueryCalls)
{
    public const int QueryCalls = 20;

    private const long MiB = 1024 * 1024;

    public static IReadOnlyList<EndlessScenario> All { get; } =
    [
        new("query-normal", EndlessWork.Query, Endless: false, Baseline: "query-normal"),
        // One call against twenty: a peak that does not move with the number of calls is flat.
        new("query-endless-1-call", EndlessWork.Query, Endless: true, Baseline: "query-normal", Calls: 1),
        new("query-endless", EndlessWork.Query, Endless: true, Baseline: "query-normal"),
        new("download-normal", EndlessWork.Download, Endless: false, Baseline: "download-normal"),
        new("download-endless-1GiB", EndlessWork.Download, Endless: true, Baseline: "download-normal", MaxBytes: 1024 * MiB),
        new("download-endless-256MiB", EndlessWork.Download, Endless: true, Baseline: "download-normal", MaxBytes: 256 * MiB),
    ];

    /// <summary>The path this scenario requests, its own so the server's count of requests is per scenario.</summary>
    public string Path => Work == EndlessWork.Query ? HostileKlingServer.TaskPath(TaskId) : HostileKlingServer.VideoPath(Endless, Name);

    /// <summary>The task id a query scenario asks for; the server answers by it.</summary>
    public string TaskId => Endless ? HostileKlingServer.EndlessTaskPrefix + Name : HostileKlingServer.NormalTaskPrefix + Name;

    public static EndlessScenario Named(string name) =>
        All.SingleOrDefault(s => s.Name == name) ?? throw new ArgumentException($"No scenario '{name}'; known: {string.Join(", ", All.Select(s => s.Name))}.", nameof(name));
}
