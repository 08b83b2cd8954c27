using System.Globalization;

namespace KlingGenerated;

/// <summary>
/// How a <see cref="KlingClient"/> reaches Kling: the endpoint, the credentials and the resilience
/// settings. Bound from the configuration section <c>"Kling"</c> and from the environment
/// (<c>KLING_API_KEY</c>, <c>KLING_BASE_URL</c>, <c>KLING_ACCESS_KEY</c>, <c>KLING_SECRET_KEY</c>).
/// </summary>
/// <remarks>
/// The credentials never appear in <see cref="ToString"/>, in log messages or in exception messages.
/// </remarks>
public sealed class KlingClientOptions
{
    /// <summary>The name of the configuration section the options are bound from.</summary>
    public const string SectionName = "Kling";

    /// <summary>The CometAPI gateway's root, the default base URL.</summary>
    public static readonly Uri CometApiBaseUrl = new("https://api.cometapi.com/");

    /// <summary>Kling's own endpoint for servers outside China, the default base URL of <see cref="KlingEndpoint.Official"/>.</summary>
    public static readonly Uri OfficialBaseUrl = new("https://api-singapore.klingai.com/");

    /// <summary>
    /// The bearer key: the CometAPI key (the default way in), or Kling's static API key on the official
    /// endpoint. Environment: <c>KLING_API_KEY</c>.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>The access key of Kling's official endpoint (the JWT's issuer). Environment: <c>KLING_ACCESS_KEY</c>.</summary>
    public string? AccessKey { get; set; }

    /// <summary>The secret key the JWT is signed with. Environment: <c>KLING_SECRET_KEY</c>.</summary>
    public string? SecretKey { get; set; }

    /// <summary>
    /// The server's root (https, except for loopback hosts). When null: <see cref="CometApiBaseUrl"/>, or
    /// <see cref="OfficialBaseUrl"/> for the official endpoint. Environment: <c>KLING_BASE_URL</c>.
    /// </summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>Which server this is; <see cref="KlingEndpoint.Auto"/> decides from the base URL and the credentials.</summary>
    public KlingEndpoint Endpoint { get; set; }

    /// <summary>
    /// Retries, timeouts, circuit breaker and concurrency limit: Microsoft's <c>HttpStandardResilienceOptions</c>
    /// with its defaults and Kling's predicates, for its standard resilience handler (<c>Kling:Resilience</c>).
    /// </summary>
    public KlingResilienceOptions Resilience { get; set; } = new();

    /// <summary>The default of <see cref="MaxResponseBytes"/>: 16 MiB, far above any answer Kling sends.</summary>
    public const long DefaultMaxResponseBytes = ResponseBody.DefaultLimit;

    /// <summary>
    /// The largest answer body the client reads, in bytes, from 1 KiB to 1 GiB (default 16 MiB,
    /// <c>Kling:MaxResponseBytes</c>). Enforced while the body arrives: a declared Content-Length above it is
    /// refused before anything is read, and a longer body is dropped at the limit, with
    /// <see cref="KlingResponseTooLargeException"/>. Downloads of results have their own limit.
    /// </summary>
    public long MaxResponseBytes { get; set; } = DefaultMaxResponseBytes;

    /// <summary>
    /// Whether a create naming a model this library knows is refused before sending when Kling's capability
    /// map says the model does not support what it asks (a tail frame, a length, a mode, sound); true by
    /// default (<c>Kling:CheckModelCapabilities</c>). The service's capabilities change faster than this
    /// library: turn this off to let the service decide. A model the library does not know is never
    /// checked, and the rules every model shares (formats, sizes, counts, exclusions) are checked either way.
    /// </summary>
    public bool CheckModelCapabilities { get; set; } = true;

    /// <summary>Options filled from the <c>KLING_*</c> environment variables, for scripts that do not use configuration.</summary>
    public static KlingClientOptions FromEnvironment()
    {
        var options = new KlingClientOptions();
        KlingEnvironmentVariables.Apply(options, Environment.GetEnvironmentVariable);
        return options;
    }

    /// <summary>The endpoint after <see cref="KlingEndpoint.Auto"/> is decided.</summary>
    internal KlingEndpoint ResolveEndpoint()
    {
        if (Endpoint != KlingEndpoint.Auto)
        {
            return Endpoint;
        }

        if (BaseUrl is { IsAbsoluteUri: true } url
            && (url.Host.Equals("klingai.com", StringComparison.OrdinalIgnoreCase) || url.Host.EndsWith(".klingai.com", StringComparison.OrdinalIgnoreCase)))
        {
            return KlingEndpoint.Official;
        }

        return string.IsNullOrEmpty(ApiKey) && HasKeyPair ? KlingEndpoint.Official : KlingEndpoint.CometApi;
    }

    /// <summary>The base URL the client uses, ending with '/' so relative routes resolve under it.</summary>
    internal Uri ResolveBaseUrl()
    {
        var url = BaseUrl ?? (ResolveEndpoint() == KlingEndpoint.Official ? OfficialBaseUrl : CometApiBaseUrl);
        return url.IsAbsoluteUri && !url.AbsolutePath.EndsWith('/') ? new Uri(url.AbsoluteUri + "/") : url;
    }

    internal bool HasKeyPair => !string.IsNullOrEmpty(AccessKey) && !string.IsNullOrEmpty(SecretKey);

    /// <summary>Describes the options without any credential: only whether each one is set.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"KlingClientOptions {{ BaseUrl = {SafeUrl(BaseUrl)}, Endpoint = {Endpoint}, ApiKey = {Presence(ApiKey)}, AccessKey = {Presence(AccessKey)}, SecretKey = {Presence(SecretKey)}, Resilience = {(Resilience?.Enabled == false ? "off" : "on")} }}");

    // A URL may carry user:password; only its scheme, host, port and path are worth showing.
    internal static string SafeUrl(Uri? url) => url switch
    {
        null => "(default)",
        { IsAbsoluteUri: true } => url.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped),
        _ => "(relative)",
    };

    private static string Presence(string? secret) => string.IsNullOrEmpty(secret) ? "(not set)" : "(set)";
}
