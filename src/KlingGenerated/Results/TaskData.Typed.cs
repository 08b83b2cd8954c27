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

    /// <summary>
    /// The generated videos, with durations as numbers; empty until the task succeeds. A video whose URL
    /// is not an absolute http(s) URL is left out, and a malformed watermark URL reads as none.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<KlingVideo> Videos =>
        TaskResult?.Videos?.Where(v => v is not null && ParseUrl(v.Url) is not null)
            .Select(v => new KlingVideo(v.Id, ParseUrl(v.Url)!, ParseSeconds(v.Duration), ParseUrl(v.WatermarkUrl)))
            .ToList() ?? [];

    /// <summary>
    /// The generated images in index order; empty until the task succeeds. An image whose URL is not an
    /// absolute http(s) URL is left out, and a malformed watermark URL reads as none.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<KlingImageResult> Images =>
        TaskResult?.Images?.Where(i => i is not null)
            .Select((i, position) => (Image: i, Position: position, Url: ParseUrl(i.Url)))
            .Where(i => i.Url is not null)
            .Select(i => new KlingImageResult(i.Image.Index ?? i.Position, i.Url!, ParseUrl(i.Image.WatermarkUrl)))
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

    /// <summary>The first result URL that is there but not absolute, by its wire path (<c>task_result.videos[0].url</c>), or null.</summary>
    internal string? MalformedResultUrlField()
    {
        var videos = TaskResult?.Videos?.ToList() ?? [];
        var images = TaskResult?.Images?.ToList() ?? [];
        return videos.Select((v, i) => (Url: v?.Url, Field: $"task_result.videos[{i}].url"))
            .Concat(images.Select((m, i) => (Url: m?.Url, Field: $"task_result.images[{i}].url")))
            .FirstOrDefault(u => !string.IsNullOrEmpty(u.Url) && ParseUrl(u.Url) is null).Field;
    }

    /// <summary>
    /// Why a result of the given kind (<c>videos</c> or <c>images</c>) could not be read, for a message: the first
    /// URL that is there but not absolute, else a part of task_result that is not of the shape it should be
    /// ([] for the whole, a string for <c>videos</c>), else the result arrays the client does not read, else null.
    /// </summary>
    internal string? ResultProblem(string kind)
    {
        if (MalformedResultUrlField() is { } field)
        {
            return $"{field} is not an absolute URL";
        }

        if (TaskResult?.SetAside is [var first, ..])
        {
            return first;
        }

        var unknown = TaskResult?.AdditionalProperties.Keys.Where(k => !string.Equals(k, kind, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList() ?? [];
        return unknown.Count > 0
            ? $"task_result has {string.Join(", ", unknown)}, which this client does not read as {kind}"
            : null;
    }

    /// <summary>
    /// The URL when it is an absolute http or https URL, else null: one malformed field never stops the rest of a
    /// result from being read. A path such as <c>/videos/v.mp4</c> is not one, though .NET on Unix reads it as a file URL.
    /// </summary>
    internal static Uri? ParseUrl(string? url) =>
        !string.IsNullOrWhiteSpace(url) && Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri : null;

    private static TimeSpan? ParseSeconds(string? seconds) =>
        double.TryParse(seconds, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? TimeSpan.FromSeconds(value)
            : null;
}
