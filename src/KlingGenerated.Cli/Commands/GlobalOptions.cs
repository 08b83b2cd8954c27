using System.CommandLine;

namespace KlingGenerated.Cli.Commands;

/// <summary>The options every command takes (recursive on the root command).</summary>
internal static class GlobalOptions
{
    private static readonly KlingWaitOptions Defaults = new();

    public static readonly Option<string?> ApiKey = new("--api-key")
    {
        Description = "The CometAPI key (or KLING_API_KEY). Without a key and a base URL, commands run on the local sandbox.",
        Recursive = true,
    };

    public static readonly Option<string?> AccessKey = new("--access-key")
    {
        Description = "Kling's access key, with --secret-key, for Kling's own endpoint (or KLING_ACCESS_KEY).",
        Recursive = true,
    };

    public static readonly Option<string?> SecretKey = new("--secret-key")
    {
        Description = "Kling's secret key, with --access-key (or KLING_SECRET_KEY).",
        Recursive = true,
    };

    public static readonly Option<string?> BaseUrl = new("--base-url")
    {
        Description = "The gateway root, e.g. https://api.cometapi.com (or KLING_BASE_URL).",
        Recursive = true,
    };

    public static readonly Option<bool> Sandbox = new("--sandbox")
    {
        Description = "Run on the local sandbox even when a key is set: nothing is paid, results are simulated.",
        Recursive = true,
    };

    public static readonly Option<double?> Timeout = new("--timeout")
    {
        Description = $"How long to wait for the task, in seconds (default {KlingWaitOptions.DefaultTimeout.TotalSeconds:0}).",
        Recursive = true,
    };

    public static readonly Option<double?> PollInterval = new("--poll-interval")
    {
        Description = $"Seconds between status queries (default: starts at {Defaults.PollInterval.TotalSeconds:0.#} and grows to {Defaults.MaxPollInterval.TotalSeconds:0}).",
        Recursive = true,
    };

    public static readonly Option<bool> Json = new("--json")
    {
        Description = "Print exactly one JSON object on stdout: task_id, external_task_id, status, urls, files.",
        Recursive = true,
    };

    public static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "Show details, and a stack trace on errors.",
        Recursive = true,
    };

    public static readonly Option<bool> NoModelChecks = new("--no-model-checks")
    {
        Description = "Do not refuse a request because its model does not support what it asks (by Kling's capability map, for the models this tool knows): the service's capabilities change faster than this tool, so let the service decide.",
        Recursive = true,
    };

    public static IEnumerable<Option> All => [ApiKey, AccessKey, SecretKey, BaseUrl, Sandbox, Timeout, PollInterval, Json, Verbose, NoModelChecks];
}
