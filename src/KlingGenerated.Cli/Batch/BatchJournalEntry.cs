using Newtonsoft.Json;

namespace KlingGenerated.Cli.Batch;

/// <summary>One job's state, as the journal last recorded it.</summary>
internal sealed class BatchJournalEntry
{
    /// <summary>The job's key (its id, or a hash of its line): its identity across runs, whatever line it is on.</summary>
    [JsonProperty("key", NullValueHandling = NullValueHandling.Ignore)]
    public string? Key { get; set; }

    /// <summary>The job's line number in the jobs file (from 1) when this was recorded; for display only.</summary>
    [JsonProperty("line")]
    public int Line { get; set; }

    /// <summary>A hash of the job's fields, to notice a line edited under the same id.</summary>
    [JsonProperty("content", NullValueHandling = NullValueHandling.Ignore)]
    public string? Content { get; set; }

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

    /// <summary>
    /// The job's files in the output folder, by name. Recorded before the first byte is downloaded, so that
    /// after a crash the job may replace these files, and only these.
    /// </summary>
    [JsonProperty("files")]
    public List<string> Files { get; set; } = [];

    /// <summary>This run gave up waiting for the task (not recorded: the next run waits again).</summary>
    [JsonIgnore]
    public bool TimedOut { get; set; }

    public BatchJournalEntry Copy()
    {
        var copy = (BatchJournalEntry)MemberwiseClone();
        copy.Files = [.. Files];
        return copy;
    }
}

/// <summary>Where a batch job stands.</summary>
[JsonConverter(typeof(Newtonsoft.Json.Converters.StringEnumConverter), typeof(Newtonsoft.Json.Serialization.SnakeCaseNamingStrategy))]
internal enum BatchJobState
{
    /// <summary>An external id is reserved; a create may or may not have reached the server.</summary>
    Creating,

    /// <summary>The task exists (its task id is known); waiting for it.</summary>
    Created,

    /// <summary>The task succeeded; its files are being saved (their names are already recorded).</summary>
    Succeeded,

    /// <summary>Everything is saved.</summary>
    Done,

    /// <summary>The task failed, or the request was refused; re-running does not retry it.</summary>
    Failed,

    /// <summary>The job line itself is invalid. Never recorded: a line is checked again on every run.</summary>
    Invalid,

    /// <summary>Not started when the run stopped. Never recorded.</summary>
    Pending,
}
