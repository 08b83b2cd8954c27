using Newtonsoft.Json;

namespace KlingGenerated.Cli;

/// <summary>What a command reports: with --json, exactly one of these (or one per batch job) on stdout.</summary>
internal sealed class CommandResult
{
    [JsonProperty("task_id")]
    public string? TaskId { get; set; }

    [JsonProperty("external_task_id")]
    public string? ExternalTaskId { get; set; }

    [JsonProperty("status")]
    public string Status { get; set; } = "unknown";

    [JsonProperty("urls")]
    public List<string> Urls { get; } = [];

    [JsonProperty("files")]
    public List<string> Files { get; } = [];

    [JsonProperty("message", NullValueHandling = NullValueHandling.Ignore)]
    public string? Message { get; set; }

    /// <summary>For a batch job: its line in the jobs file.</summary>
    [JsonProperty("line", NullValueHandling = NullValueHandling.Ignore)]
    public int? Line { get; set; }

    /// <summary>For a batch job: its key (its "id", or a hash of its line).</summary>
    [JsonProperty("job", NullValueHandling = NullValueHandling.Ignore)]
    public string? Job { get; set; }

    [JsonProperty("simulated")]
    public bool Simulated { get; set; }

    /// <summary>Per task, for the list and batch commands.</summary>
    [JsonProperty("tasks", NullValueHandling = NullValueHandling.Ignore)]
    public List<CommandResult>? TasksOrNull => Tasks.Count == 0 ? null : Tasks;

    [JsonIgnore]
    public List<CommandResult> Tasks { get; } = [];

    /// <summary>For a batch: one result per job, printed one JSON object per line.</summary>
    [JsonIgnore]
    public List<CommandResult>? Jobs { get; init; }

    /// <summary>The exit code when the command itself completed (a batch with failed jobs is not 0).</summary>
    [JsonIgnore]
    public int ExitCode { get; init; }

    public static CommandResult From(TaskData? task, bool simulated)
    {
        var result = new CommandResult
        {
            TaskId = task?.TaskId,
            ExternalTaskId = task?.TaskInfo?.ExternalTaskId,
            Status = task?.TaskStatus ?? "unknown",
            Simulated = simulated,
        };
        if (task is not null)
        {
            result.Urls.AddRange(task.Videos.Select(v => v.Url.ToString()));
            result.Urls.AddRange(task.Images.Select(i => i.Url.ToString()));
            if (task.Status == KlingTaskStatus.Failed)
            {
                result.Message = task.TaskStatusMsg;
            }
        }

        return result;
    }
}
