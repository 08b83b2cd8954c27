using Newtonsoft.Json;

namespace KlingGenerated.Cli.Batch;

/// <summary>One job's state, as the journal last recorded it.</summary>
internal sealed class BatchJournalEntry
{
    /// <summary>The job's line number in the jobs file (from 1): its identity across runs.</summary>
    [JsonProperty("line")]
    public int Line { get; set; }

    [JsonProperty("route")]
    public string Route { get; set; } = string.Empty;

    /// <summary>Chosen before the first create and kept forever, so a resumed job finds its task instead of paying twice.</summary>
    [JsonProperty("external_task_id")]
    public string ExternalTaskId { get; set; } = string.Empty;

    [JsonProperty("task_id", NullValueHandling = NullValueHandling.Ignore)]
    public string? TaskId { get; set; }

    [JsonProperty("state")]
    public BatchJobState State { get; set; }

    [JsonProperty("message", NullValueHandling = NullValueHandling.Ignore)]
    public string? Message { get; set; }

    [JsonProperty("files")]
    public List<string> Files { get; set; } = [];

    public BatchJournalEntry Copy() => (BatchJournalEntry)MemberwiseClone();
}

/// <summary>Where a batch job stands.</summary>
[JsonConverter(typeof(Newtonsoft.Json.Converters.StringEnumConverter), typeof(Newtonsoft.Json.Serialization.SnakeCaseNamingStrategy))]
internal enum BatchJobState
{
    /// <summary>An external id is reserved; a create may or may not have reached the server.</summary>
    Creating,

    /// <summary>The task exists (its task id is known); waiting for it.</summary>
    Created,

    /// <summary>The task succeeded; its files are being saved.</summary>
    Succeeded,

    /// <summary>Everything is saved.</summary>
    Done,

    /// <summary>The task failed, or the request was refused; re-running does not retry it.</summary>
    Failed,

    /// <summary>The job line itself is invalid.</summary>
    Invalid,
}
