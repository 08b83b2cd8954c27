using KlingGenerated;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Telemetry;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Kling client with IHttpClientFactory.</summary>
public static class KlingServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="KlingClient"/> as a typed client, with options
    /// bound from the configuration section <c>"Kling"</c> (when an <see cref="IConfiguration"/> is registered)
    /// and the <c>KLING_*</c> environment variables, validated at start-up, and the standard resilience
    /// pipeline, authentication and tracing in the handler chain.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The client's builder, to add handlers or configure the primary handler.</returns>
    public static IHttpClientBuilder AddKlingClient(this IServiceCollection services) =>
        AddKlingClient(services, section: null, configure: null);

    /// <summary>Registers the Kling client as <see cref="AddKlingClient(IServiceCollection)"/> does, then applies <paramref name="configure"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets options in code; values set here win over configuration and the environment.</param>
    /// <returns>The client's builder.</returns>
    public static IHttpClientBuilder AddKlingClient(this IServiceCollection services, Action<KlingClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return AddKlingClient(services, section: null, configure);
    }

    /// <summary>Registers the Kling client with options bound from <paramref name="configuration"/> (for example <c>configuration.GetSection("Kling")</c>) and the environment.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section holding the options: ApiKey, BaseUrl, Endpoint, Resilience, ...</param>
    /// <returns>The client's builder.</returns>
    public static IHttpClientBuilder AddKlingClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return AddKlingClient(services, configuration, configure: null);
    }

    private static IHttpClientBuilder AddKlingClient(IServiceCollection services, IConfiguration? section, Action<KlingClientOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<KlingClientOptions>();
        if (section is not null)
        {
            options.Bind(section);
        }
        else
        {
            options.Configure<IServiceProvider>(static (o, provider) =>
                provider.GetService<IConfiguration>()?.GetSection(KlingClientOptions.SectionName).Bind(o));
        }

        if (configure is not null)
        {
            options.Configure(configure);
        }

        // Last, and only into what is still empty, so configuration and code win over the environment.
        options.PostConfigure(static o => KlingEnvironmentVariables.Apply(o, Environment.GetEnvironmentVariable));
        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<KlingClientOptions>, KlingClientOptionsValidator>());

        // One transport per container: the signed token outlives handler rotation (Microsoft's registry keeps the pipeline).
        var firstRegistration = !services.Any(d => d.ServiceType == typeof(KlingTransport));
        services.TryAddSingleton(static provider => new KlingTransport(
            provider.GetRequiredService<IOptions<KlingClientOptions>>().Value,
            provider.GetService<ILoggerFactory>(),
            provider.GetService<TimeProvider>()));

        var builder = services.AddHttpClient<KlingClient, KlingClient>(static (http, provider) => Create(http, provider));
        if (firstRegistration)
        {
            // Handlers in this order, outermost first: diagnostics, Microsoft's standard resilience handler
            // (configured from KlingClientOptions.Resilience), then those that run once per attempt.
            builder.ConfigureAdditionalHttpMessageHandlers(static (handlers, provider) =>
                handlers.Add(provider.GetRequiredService<KlingTransport>().CreateDiagnosticsHandler()));
            var standard = builder.AddStandardResilienceHandler().Configure(KlingTransport.ConfigureStandard);
            builder.ConfigureAdditionalHttpMessageHandlers(static (handlers, provider) =>
            {
                var transport = provider.GetRequiredService<KlingTransport>();
                if (!transport.Options.Resilience.Enabled && handlers.Count > 0 && handlers[^1] is ResilienceHandler)
                {
                    // The standard handler, added just before: with the pipeline off, every call is sent once.
                    handlers.RemoveAt(handlers.Count - 1);
                }

                foreach (var handler in transport.CreateAttemptHandlers())
                {
                    handlers.Add(handler);
                }
            });

            // After AddStandardResilienceHandler's own, so a pipeline that is off gives the timeout back to HttpClient.
            builder.ConfigureHttpClient(static (provider, http) => provider.GetRequiredService<KlingTransport>().Configure(http));
            var pipelineName = standard.PipelineName;
            services.AddOptions<TelemetryOptions>().Configure<IServiceProvider>((telemetry, provider) => telemetry.TelemetryListeners.Add(
                new KlingResilienceLog(provider.GetService<ILoggerFactory>()?.CreateLogger(LoggerNames.Resilience) ?? Logging.Abstractions.NullLogger.Instance,
                    // Resolved when Kling's pipeline first logs, so the other clients' pipelines never depend on Kling's options.
                    () => provider.GetRequiredService<KlingTransport>().Secrets, pipelineName)));
        }

        return builder;
    }

    // Waits log and read time through the container's logger factory and clock, like the transport, and
    // bodies are read under the same size limit, with the same credentials kept out of exceptions.
    private static KlingClient Create(HttpClient http, IServiceProvider provider)
    {
        var transport = provider.GetRequiredService<KlingTransport>();
        return new(http)
        {
            Logger = provider.GetService<ILoggerFactory>()?.CreateLogger<KlingClient>() ?? (ILogger)Logging.Abstractions.NullLogger.Instance,
            TimeProvider = provider.GetService<TimeProvider>() ?? TimeProvider.System,
            MaxResponseBytes = transport.Options.MaxResponseBytes,
            CheckModelCapabilities = transport.Options.CheckModelCapabilities,
            Secrets = transport.Secrets,
        };
    }
}
