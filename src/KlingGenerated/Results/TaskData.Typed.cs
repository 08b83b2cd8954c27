using System.Globalization;
using Newtonsoft.Json;

namespace KlingGenerated;

// Adds to the generated task: typed views of the status and the results, which the wire model keeps
// as strings so that an unknown status or a "5.1"-style duration never breaks reading.
/// <summary>A Kling task: its id, status, and result once it succeeded.</summary>
public partial class TaskData
{
    /// <summary>The status as an enum; anything not documented is <see cref="KlingTaskStatus.Unknown"/>.</summary>
    [JsonIgnore]
    public KlingTaskStatus Status => ParseStatus(TaskStatus);

    /// <summary>Whether the task has ended (succeeded or failed).</summary>
    [JsonIgnore]
    public bool IsTerminal => Status is KlingTaskStatus.Succeeded or KlingTaskStatus.Failed;

    /// <summary>The generated videos, with durations as numbers; empty until the task succeeds.</summary>
    [JsonIgnore]
    public IReadOnlyList<KlingVideo> Videos =>
        TaskResult?.Videos?.Where(v => v is not null && !string.IsNullOrEmpty(v.Url))
            .Select(v => new KlingVideo(v.Id, new Uri(v.Url!), ParseSeconds(v.Duration), v.WatermarkUrl is { Length: > 0 } w ? new Uri(w) : null))
            .ToList() ?? [];

    /// <summary>The generated images in index order; empty until the task succeeds.</summary>
    [JsonIgnore]
    public IReadOnlyList<KlingImageResult> Images =>
        TaskResult?.Images?.Where(i => i is not null && !string.IsNullOrEmpty(i.Url))
            .Select((i, position) => new KlingImageResult(i.Index ?? position, new Uri(i.Url!), i.WatermarkUrl is { Length: > 0 } w ? new Uri(w) : null))
            .OrderBy(i => i.Index)
            .ToList() ?? [];

    /// <summary>Creation time, from <see cref="CreatedAt"/> (Unix milliseconds).</summary>
    [JsonIgnore]
    public DateTimeOffset? Created => CreatedAt is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;

    /// <summary>Last update, from <see cref="UpdatedAt"/> (Unix milliseconds).</summary>
    [JsonIgnore]
    public DateTimeOffset? Updated => UpdatedAt is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;

    internal static KlingTaskStatus ParseStatus(string? status) => status?.Trim().ToUpperInvariant() switch
    {
        "SUBMITTED" => KlingTaskStatus.Submitted,
        "PROCESSING" => KlingTaskStatus.Processing,
        "SUCCEED" or "SUCCEEDED" => KlingTaskStatus.Succeeded,
        "FAILED" => KlingTaskStatus.Failed,
        _ => KlingTaskStatus.Unknown,
    };

    private static TimeSpan? ParseSeconds(string? seconds) =>
        double.TryParse(seconds, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? TimeSpan.FromSeconds(value)
            : null;
}
