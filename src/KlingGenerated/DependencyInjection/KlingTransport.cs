using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly;

namespace KlingGenerated;

// What outlives a handler chain: the token source (so a signed JWT is reused) and, without DI, the
// resilience pipeline (so circuit-breaker state lives as long as the client; with DI, Microsoft's
// registry keeps it). One per container with DI, one per client without it. The chain, outermost first:
// diagnostics -> Microsoft's ResilienceHandler -> create safety -> body buffering -> official paths
// (official endpoint only) -> authentication.
internal sealed class KlingTransport
{
    /// <summary>The pipeline's name without DI, as Microsoft names a client's standard pipeline.</summary>
    public const string PipelineName = "Kling-standard";

    // HttpClient's own default, back in force when the pipeline is off and no longer owns the timeouts.
    private static readonly TimeSpan HttpClientDefaultTimeout = TimeSpan.FromSeconds(100);

    private readonly ILoggerFactory _loggerFactory;
    private readonly Lazy<ResiliencePipeline<HttpResponseMessage>> _pipeline;

    public KlingTransport(KlingClientOptions options, ILoggerFactory? loggerFactory, TimeProvider? timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        KlingClientOptionsValidator.ThrowIfInvalid(options);
        Options = options;
        Endpoint = options.ResolveEndpoint();
        BaseUrl = options.ResolveBaseUrl();
        TimeProvider = timeProvider ?? TimeProvider.System;
        _loggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
        Tokens = options.HasKeyPair && (Endpoint == KlingEndpoint.Official || string.IsNullOrEmpty(options.ApiKey))
            ? new KlingJwtTokenSource(options.AccessKey!, options.SecretKey!, TimeProvider)
            : new StaticKeyTokenSource(options.ApiKey!);
        _pipeline = new Lazy<ResiliencePipeline<HttpResponseMessage>>(BuildPipeline);
        Secrets = KnownSecrets.Of(options);
    }

    /// <summary>The credentials the clients of this transport keep out of their exceptions.</summary>
    public KnownSecrets Secrets { get; }

    public KlingClientOptions Options { get; }

    public KlingEndpoint Endpoint { get; }

    public Uri BaseUrl { get; }

    public TimeProvider TimeProvider { get; }

    public IKlingTokenSource Tokens { get; }

    /// <summary>The standard pipeline of the client built without DI.</summary>
    public ResiliencePipeline<HttpResponseMessage> Pipeline => _pipeline.Value;

    public ILogger ResilienceLogger => _loggerFactory.CreateLogger(LoggerNames.Resilience);

    /// <summary>The whole chain for the client built without DI, outermost first, sharing this transport's pipeline and tokens.</summary>
    public IEnumerable<DelegatingHandler> CreateHandlers()
    {
        yield return CreateDiagnosticsHandler();
        if (Options.Resilience.Enabled)
        {
            yield return new ResilienceHandler(Pipeline);
        }

        foreach (var handler in CreateAttemptHandlers())
        {
            yield return handler;
        }
    }

    /// <summary>The outermost handler, which sees each call once.</summary>
    public DelegatingHandler CreateDiagnosticsHandler() => new KlingDiagnosticsHandler(_loggerFactory.CreateLogger(LoggerNames.Client));

    /// <summary>The handlers inside the resilience handler, which run once per attempt.</summary>
    public IEnumerable<DelegatingHandler> CreateAttemptHandlers()
    {
        yield return new CreateSafetyHandler(ResilienceLogger, Secrets);
        yield return new ResponseBufferingHandler(Options.MaxResponseBytes);
        if (Endpoint == KlingEndpoint.Official)
        {
            yield return new OfficialEndpointHandler();
        }

        yield return new KlingAuthenticationHandler(Tokens, Options.MaxResponseBytes, _loggerFactory.CreateLogger(LoggerNames.Authentication));
    }

    /// <summary>Sets what the HttpClient itself owns: the base address, and no timeout of its own while the pipeline's apply.</summary>
    public void Configure(HttpClient client)
    {
        client.BaseAddress = BaseUrl;
        client.Timeout = Options.Resilience.Enabled ? Timeout.InfiniteTimeSpan : HttpClientDefaultTimeout;
    }

    /// <summary>
    /// Gives AddStandardResilienceHandler's options the strategies of <see cref="KlingClientOptions.Resilience"/>
    /// (the same objects, so Kling's predicates and the user's callbacks come along).
    /// </summary>
    public static void ConfigureStandard(HttpStandardResilienceOptions standard, IServiceProvider provider)
    {
        KlingTransport transport;
        try
        {
            transport = provider.GetRequiredService<KlingTransport>();
        }
        catch (OptionsValidationException)
        {
            // The Kling options' own validation reports the problem at start-up; saying it twice helps nobody.
            return;
        }

        // When the pipeline is off its handler leaves the chain; Microsoft's defaults keep its validation quiet.
        var resilience = transport.Options.Resilience;
        if (resilience.Enabled)
        {
            standard.RateLimiter = resilience.RateLimiter;
            standard.TotalRequestTimeout = resilience.TotalRequestTimeout;
            standard.Retry = resilience.Retry;
            standard.CircuitBreaker = resilience.CircuitBreaker;
            standard.AttemptTimeout = resilience.AttemptTimeout;
        }
    }

    /// <summary>A whole HttpClient over its own connection pool, for the constructor without DI.</summary>
    public HttpClient CreateHttpClient()
    {
        // Connections are recycled so DNS changes are seen, as IHttpClientFactory's rotation would.
        HttpMessageHandler handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) };
        foreach (var delegating in CreateHandlers().Reverse())
        {
            delegating.InnerHandler = handler;
            handler = delegating;
        }

        var client = new HttpClient(handler, disposeHandler: true);
        Configure(client);
        return client;
    }

    // The strategies AddStandardResilienceHandler adds, in its order, from the same option objects; only
    // the logging is Kling's, through Polly's telemetry.
    private ResiliencePipeline<HttpResponseMessage> BuildPipeline()
    {
        var options = Options.Resilience;
        return new ResiliencePipelineBuilder<HttpResponseMessage>
        {
            Name = PipelineName,
            TimeProvider = TimeProvider,
            TelemetryListener = new KlingResilienceLog(ResilienceLogger, () => Secrets),
        }
            .AddRateLimiter(options.RateLimiter)
            .AddTimeout(options.TotalRequestTimeout)
            .AddRetry(options.Retry)
            .AddCircuitBreaker(options.CircuitBreaker)
            .AddTimeout(options.AttemptTimeout)
            .Build();
    }
}

internal static class LoggerNames
{
    public const string Client = "KlingGenerated.KlingClient";
    public const string Resilience = "KlingGenerated.Resilience";
    public const string Authentication = "KlingGenerated.Authentication";
}
