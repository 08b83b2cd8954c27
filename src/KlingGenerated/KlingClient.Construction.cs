using Microsoft.Extensions.Logging;

namespace KlingGenerated;

// Adds to the generated client: constructors from KlingClientOptions that build their own HttpClient
// and handler chain (authentication, resilience, create safety, diagnostics), for scripts and apps
// without dependency injection. The generated KlingClient(HttpClient) stays for everything else.
public partial class KlingClient
{
    /// <summary>
    /// Creates a client with its own connection pool, authentication and the standard resilience
    /// pipeline, as <c>services.AddKlingClient()</c> would. Create it once, reuse it, and dispose it
    /// when done to release the connections.
    /// </summary>
    /// <param name="options">The endpoint and credentials; for example <see cref="KlingClientOptions.FromEnvironment"/>.</param>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The options are not usable; the message says why.</exception>
    public KlingClient(KlingClientOptions options)
        : this(options, loggerFactory: null, timeProvider: null)
    {
    }

    /// <summary>Creates a client as <see cref="KlingClient(KlingClientOptions)"/> does, logging through <paramref name="loggerFactory"/> and reading time from <paramref name="timeProvider"/>.</summary>
    /// <param name="options">The endpoint and credentials.</param>
    /// <param name="loggerFactory">Where calls, retries and lookups are logged; null for nowhere.</param>
    /// <param name="timeProvider">The clock for token expiry, Retry-After dates and the pipeline's delays; null for the system clock.</param>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The options are not usable; the message says why.</exception>
    public KlingClient(KlingClientOptions options, ILoggerFactory? loggerFactory, TimeProvider? timeProvider)
        : this(new KlingTransport(options, loggerFactory, timeProvider).CreateHttpClient())
    {
        Logger = loggerFactory?.CreateLogger<KlingClient>() ?? (ILogger)Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
        TimeProvider = timeProvider ?? TimeProvider.System;
        MaxResponseBytes = options.MaxResponseBytes;
        CheckModelCapabilities = options.CheckModelCapabilities;
        Secrets = KnownSecrets.Of(options);
        _ownsHttpClient = true;
    }
}
