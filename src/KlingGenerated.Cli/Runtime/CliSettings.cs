using System.CommandLine;
using KlingGenerated.Cli.Commands;

namespace KlingGenerated.Cli;

/// <summary>The global options resolved against the environment, once per command.</summary>
internal sealed record CliSettings(
    string? ApiKey, string? AccessKey, string? SecretKey, Uri? BaseUrl, bool Sandbox,
    TimeSpan? Timeout, TimeSpan? PollInterval, bool Json, bool Verbose)
{
    /// <summary>True when the command runs on the embedded sandbox: asked for, or no key and no base URL.</summary>
    public bool UsesSandbox => Sandbox || (ApiKey is null && AccessKey is null && BaseUrl is null);

    /// <summary>Every secret given, so error text can be scrubbed of them.</summary>
    public IEnumerable<string> Secrets => new[] { ApiKey, SecretKey, AccessKey }.OfType<string>();

    public static CliSettings From(ParseResult result, CliHost host)
    {
        var baseUrl = result.GetValue(GlobalOptions.BaseUrl) ?? host.Environment("KLING_BASE_URL");
        return new CliSettings(
            result.GetValue(GlobalOptions.ApiKey) ?? host.Environment("KLING_API_KEY"),
            result.GetValue(GlobalOptions.AccessKey) ?? host.Environment("KLING_ACCESS_KEY"),
            result.GetValue(GlobalOptions.SecretKey) ?? host.Environment("KLING_SECRET_KEY"),
            baseUrl is null ? null : ParseBaseUrl(baseUrl),
            result.GetValue(GlobalOptions.Sandbox),
            Seconds(result.GetValue(GlobalOptions.Timeout), "--timeout"),
            Seconds(result.GetValue(GlobalOptions.PollInterval), "--poll-interval"),
            result.GetValue(GlobalOptions.Json),
            result.GetValue(GlobalOptions.Verbose));
    }

    public KlingWaitOptions WaitOptions()
    {
        var options = new KlingWaitOptions();
        if (Timeout is { } timeout)
        {
            options.Timeout = timeout;
        }

        if (PollInterval is { } interval)
        {
            // An explicit interval means polling at that pace, without the growing backoff.
            options.InitialDelay = interval;
            options.PollInterval = interval;
            options.MaxPollInterval = interval;
            options.BackoffFactor = 1;
        }

        return options;
    }

    private static Uri ParseBaseUrl(string text) =>
        Uri.TryCreate(text.EndsWith('/') ? text : text + "/", UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri
            : throw new CliUsageException($"--base-url must be an absolute http or https URL, not \"{text}\".");

    private static TimeSpan? Seconds(double? value, string option) => value switch
    {
        null => null,
        > 0 and <= 7 * 24 * 3600 => TimeSpan.FromSeconds(value.Value),
        _ => throw new CliUsageException($"{option} must be a number of seconds greater than 0."),
    };
}
