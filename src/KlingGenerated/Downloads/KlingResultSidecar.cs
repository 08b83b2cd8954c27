using Newtonsoft.Json;

namespace KlingGenerated;

/// <summary>The JSON written beside a saved result: where it came from and when.</summary>
public sealed class KlingResultSidecar
{
    /// <summary>The Kling task the file belongs to, when known.</summary>
    [JsonProperty("task_id")]
    public string? TaskId { get; init; }

    /// <summary>The URL the file was downloaded from (Kling deletes it after 30 days).</summary>
    [JsonProperty("source_url")]
    public Uri? SourceUrl { get; init; }

    /// <summary>When the download finished.</summary>
    [JsonProperty("fetched_at")]
    public DateTimeOffset FetchedAt { get; init; }

    /// <summary>The saved file's name, in the same folder.</summary>
    [JsonProperty("file")]
    public string? FileName { get; init; }

    /// <summary>The saved file's length in bytes.</summary>
    [JsonProperty("length")]
    public long Length { get; init; }
}
