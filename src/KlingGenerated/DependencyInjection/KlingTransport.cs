using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;

namespace KlingGenerated;

// What outlives a handler chain: the resilience pipeline (so circuit-breaker state survives
// IHttpClientFactory's handler rotation) and the token source (so a signed JWT is reused). One per
// container with DI, one per client without it. It makes the chain, outermost first:
// diagnostics -> resilience -> create safety -> official paths (official endpoint only) -> authentication.
internal sealed class KlingTransport
{
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
        _pipeline = new Lazy<ResiliencePipeline<HttpResponseMessage>>(
            () => KlingStandardPipeline.Build(options.Resilience, _loggerFactory.CreateLogger(LoggerNames.Resilience), TimeProvider));
    }

    public KlingClientOptions Options { get; }

    public KlingEndpoint Endpoint { get; }

    public Uri BaseUrl { get; }

    public TimeProvider TimeProvider { get; }

    public IKlingTokenSource Tokens { get; }

    public ResiliencePipeline<HttpResponseMessage> Pipeline => _pipeline.Value;

    /// <summary>A new chain of handlers, outermost first, sharing this transport's pipeline and tokens.</summary>
    public IEnumerable<DelegatingHandler> CreateHandlers()
    {
        yield return new KlingDiagnosticsHandler(_loggerFactory.CreateLogger(LoggerNames.Client));
        yield return new ResilienceHandler(Pipeline);
        yield return new CreateSafetyHandler(_loggerFactory.CreateLogger(LoggerNames.Resilience));
        if (Endpoint == KlingEndpoint.Official)
        {
            yield return new OfficialEndpointHandler();
        }

        yield return new KlingAuthenticationHandler(Tokens, _loggerFactory.CreateLogger(LoggerNames.Authentication));
    }

    /// <summary>Sets what the HttpClient itself owns: the base address, and no timeout of its own while Polly's apply.</summary>
    public void Configure(HttpClient client)
    {
        client.BaseAddress = BaseUrl;
        if (Options.Resilience.Enabled)
        {
            client.Timeout = Timeout.InfiniteTimeSpan;
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
}

internal static class LoggerNames
{
    public const string Client = "KlingGenerated.KlingClient";
    public const string Resilience = "KlingGenerated.Resilience";
    public const string Authentication = "KlingGenerated.Authentication";
}
