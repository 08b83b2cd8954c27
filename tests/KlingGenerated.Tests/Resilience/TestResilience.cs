using Microsoft.Extensions.DependencyInjection;

namespace KlingGenerated.Tests.Resilience;

/// <summary>The standard pipeline with waits short enough for tests, and an attempt timeout a delayed stub can pass.</summary>
public static class TestResilience
{
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromMilliseconds(500);

    /// <summary>A WireMock delay well past <see cref="AttemptTimeout"/>.</summary>
    public const int SlowResponseMilliseconds = 2000;

    public static KlingResilienceOptions Fast(TimeSpan? attemptTimeout = null)
    {
        var options = new KlingResilienceOptions();
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        options.Retry.BackoffType = Polly.DelayBackoffType.Constant;
        options.Retry.UseJitter = false;
        options.AttemptTimeout.Timeout = attemptTimeout ?? TimeSpan.FromSeconds(5);
        options.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(20);
        return options;
    }

    /// <summary>A client of the WireMock server built as a script would build it, with the test key.</summary>
    public static KlingClient CreateClient(WireMockFixture fixture, KlingResilienceOptions? resilience = null, Microsoft.Extensions.Logging.ILoggerFactory? loggerFactory = null) =>
        new(new KlingClientOptions { ApiKey = WireMockFixture.TestKey, BaseUrl = fixture.BaseUri, Resilience = resilience ?? Fast() }, loggerFactory, timeProvider: null);

    /// <summary>A container holding the client as services.AddKlingClient() registers it, over Microsoft's AddStandardResilienceHandler.</summary>
    public static ServiceProvider CreateProvider(WireMockFixture fixture, KlingResilienceOptions? resilience = null, Action<IServiceCollection>? services = null)
    {
        var collection = new ServiceCollection();
        services?.Invoke(collection);
        collection.AddKlingClient(o =>
        {
            o.ApiKey = WireMockFixture.TestKey;
            o.BaseUrl = fixture.BaseUri;
            o.Resilience = resilience ?? Fast();
        });
        return collection.BuildServiceProvider();
    }
}
