using Microsoft.Extensions.Options;

namespace KlingGenerated.Cli;

// Builds the client for the real service from the command's settings, with the library's
// authentication, resilience and create safety.
internal static class KlingClientFactory
{
    // A create carries up to four 10 MB images as Base64: the standard 10 s per attempt is too short
    // for that on an ordinary uplink, so the command allows more (the breaker's window follows).
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan TotalTimeout = TimeSpan.FromMinutes(6);

    public static KlingClient Create(CliSettings settings)
    {
        var options = new KlingClientOptions
        {
            ApiKey = settings.ApiKey,
            AccessKey = settings.AccessKey,
            SecretKey = settings.SecretKey,
            BaseUrl = settings.BaseUrl,
            CheckModelCapabilities = settings.CheckModelCapabilities,
        };
        options.Resilience.AttemptTimeout.Timeout = AttemptTimeout;
        options.Resilience.TotalRequestTimeout.Timeout = TotalTimeout;
        options.Resilience.CircuitBreaker.SamplingDuration = 2 * AttemptTimeout;
        try
        {
            return new KlingClient(options);
        }
        catch (OptionsValidationException e)
        {
            throw new CliUsageException(string.Join(" ", e.Failures));
        }
    }
}
