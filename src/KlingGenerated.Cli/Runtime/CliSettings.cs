using System.CommandLine;
using KlingGenerated.Cli.Commands;

namespace KlingGenerated.Cli;

/// <summary>The global options resolved against the environment, once per command.</summary>
internal sealed record CliSettings(
    string? ApiKey, string? AccessKey, string? SecretKey, Uri? BaseUrl, bool Sandbox,
    TimeSpan? Timeout, TimeSpan? PollInterval, bool Json, bool Verbose, bool CheckModelCapabilities = true)
{
    /// <summary>True when the command runs on the embedded sandbox: asked for, or no key and no base URL.</summary>
    public bool UsesSandbox => Sandbox || (ApiKey is null && AccessKey is null && BaseUrl is null);

    /// <summary>The shortest --poll-interval, in seconds: anything less only floods the API.</summary>
    public const double MinimumPollInterval = 0.05;

    /// <summary>The shortest --timeout, in seconds: below it a wait could not send one query.</summary>
    public const double MinimumTimeout = 0.1;

    /// <summary>The longest --timeout or --poll-interval, in seconds (a week).</summary>
    public const double MaximumSeconds = 7 * 24 * 3600;

    /// <summary>Every secret given (the keys, and the credentials and query values of the base URL), so any text can be scrubbed of them.</summary>
    public IEnumerable<string> Secrets =>
        new[] { ApiKey, SecretKey, AccessKey }.OfType<string>().SelectMany(CliSecrets.OfValue).Concat(CliSecrets.OfUrl(BaseUrl)).Distinct(StringComparer.Ordinal);

    /// <summary>The base URL as it may be shown: no user name, password or query values.</summary>
    public string? DisplayBaseUrl => BaseUrl is null ? null : CliSecrets.Display(BaseUrl);

    public static CliSettings From(ParseResult result, CliHost host)
    {
        var baseUrl = result.GetValue(GlobalOptions.BaseUrl) ?? host.Environment("KLING_BASE_URL");
        var timeout = Seconds(result.GetValue(GlobalOptions.Timeout), "--timeout", MinimumTimeout);
        var pollInterval = Seconds(result.GetValue(GlobalOptions.PollInterval), "--poll-interval", MinimumPollInterval);
        if (timeout is { } t && pollInterval is { } p && p > t)
        {
            throw new CliUsageException($"--poll-interval ({p.TotalSeconds:0.###} s) must not be longer than --timeout ({t.TotalSeconds:0.###} s).");
        }

        return new CliSettings(
            result.GetValue(GlobalOptions.ApiKey) ?? host.Environment("KLING_API_KEY"),
            result.GetValue(GlobalOptions.AccessKey) ?? host.Environment("KLING_ACCESS_KEY"),
            result.GetValue(GlobalOptions.SecretKey) ?? host.Environment("KLING_SECRET_KEY"),
            baseUrl is null ? null : ParseBaseUrl(baseUrl),
            result.GetValue(GlobalOptions.Sandbox),
            timeout,
            pollInterval,
            result.GetValue(GlobalOptions.Json),
            result.GetValue(GlobalOptions.Verbose),
            !result.GetValue(GlobalOptions.NoModelChecks));
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

    private static Uri ParseBaseUrl(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new CliUsageException("--base-url must be an absolute http or https URL.");
        }

        // The gateway root is a folder: routes are resolved under it.
        return uri.AbsolutePath.EndsWith('/') ? uri : new UriBuilder(uri) { Path = uri.AbsolutePath + "/" }.Uri;
    }

    private static TimeSpan? Seconds(double? value, string option, double minimum) => value switch
    {
        null => null,
        { } v when double.IsFinite(v) && v >= minimum && v <= MaximumSeconds => TimeSpan.FromSeconds(v),
        _ => throw new CliUsageException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{option} must be a number of seconds from {minimum} to {MaximumSeconds} (one week).")),
    };
}
