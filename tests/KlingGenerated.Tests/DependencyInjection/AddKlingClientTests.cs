using System.Net;
using KlingGenerated.Tests.Resilience;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;

namespace KlingGenerated.Tests.DependencyInjection;

public sealed class AddKlingClientTests
{
    private const string Key = "sk-di-test-0123456789";

    [Fact]
    public void AddKlingClient_Configuration_BindsEveryOption()
    {
        var configuration = Configuration(new()
        {
            ["Kling:ApiKey"] = Key,
            ["Kling:BaseUrl"] = "https://gateway.example.com/root",
            ["Kling:Endpoint"] = "CometApi",
            ["Kling:Resilience:Retry:MaxRetryAttempts"] = "5",
            ["Kling:Resilience:Retry:ShouldRetryAfterHeader"] = "false",
            ["Kling:Resilience:AttemptTimeout:Timeout"] = "00:00:04",
            ["Kling:Resilience:CircuitBreaker:BreakDuration"] = "00:00:09",
            ["Kling:Resilience:RateLimiter:DefaultRateLimiterOptions:PermitLimit"] = "50",
        });
        using var provider = Provider(s => s.AddKlingClient(configuration.GetSection("Kling")));

        var options = provider.GetRequiredService<IOptions<KlingClientOptions>>().Value;

        Assert.Equal(Key, options.ApiKey);
        Assert.Equal(new Uri("https://gateway.example.com/root/"), options.ResolveBaseUrl());
        Assert.Equal(KlingEndpoint.CometApi, options.Endpoint);
        Assert.Equal(5, options.Resilience.Retry.MaxRetryAttempts);
        Assert.False(options.Resilience.Retry.ShouldRetryAfterHeader);
        Assert.Equal(TimeSpan.FromSeconds(4), options.Resilience.AttemptTimeout.Timeout);
        Assert.Equal(TimeSpan.FromSeconds(9), options.Resilience.CircuitBreaker.BreakDuration);
        Assert.Equal(50, options.Resilience.RateLimiter.DefaultRateLimiterOptions.PermitLimit);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Resilience.TotalRequestTimeout.Timeout);
        var standard = StandardOptions(provider);
        Assert.Equal(5, standard.Retry.MaxRetryAttempts);
        Assert.Null(standard.Retry.DelayGenerator);
        Assert.Equal(TimeSpan.FromSeconds(4), standard.AttemptTimeout.Timeout);
        Assert.Equal(TimeSpan.FromSeconds(9), standard.CircuitBreaker.BreakDuration);
        Assert.Equal(50, standard.RateLimiter.DefaultRateLimiterOptions.PermitLimit);
    }

    [Fact]
    public void TuneResilienceSnippet_StartsAndReachesMicrosoftsOptions()
    {
        using var provider = Provider(s =>
        {
            Snippets.TransportSnippets.TuneResilience(s);
            s.AddKlingClient(o => o.ApiKey = Key);
        });

        provider.GetRequiredService<IStartupValidator>().Validate();

        var standard = StandardOptions(provider);
        Assert.Equal(5, standard.Retry.MaxRetryAttempts);
        Assert.Equal(TimeSpan.FromSeconds(20), standard.AttemptTimeout.Timeout);
        Assert.Equal(TimeSpan.FromMinutes(2), standard.TotalRequestTimeout.Timeout);
    }

    [Fact]
    public void AddKlingClient_NoArguments_ReadsTheKlingSectionOfRegisteredConfiguration()
    {
        var configuration = Configuration(new() { ["Kling:ApiKey"] = Key });
        using var provider = Provider(s => s.AddSingleton(configuration).AddKlingClient());

        Assert.Equal(Key, provider.GetRequiredService<IOptions<KlingClientOptions>>().Value.ApiKey);
    }

    [Fact]
    public void AddKlingClient_ActionAndConfiguration_CodeWins()
    {
        var configuration = Configuration(new() { ["Kling:ApiKey"] = "sk-from-config-000000", ["Kling:BaseUrl"] = "https://config.example.com/" });
        using var provider = Provider(s => s.AddSingleton(configuration).AddKlingClient(o => o.ApiKey = Key));

        var options = provider.GetRequiredService<IOptions<KlingClientOptions>>().Value;

        Assert.Equal(Key, options.ApiKey);
        Assert.Equal(new Uri("https://config.example.com/"), options.BaseUrl);
    }

    [Fact]
    public void AddKlingClient_TypedClient_HasBaseAddressAndNoTimeoutOfItsOwn()
    {
        using var provider = Provider(s => s.AddKlingClient(o => o.ApiKey = Key));

        var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(KlingClient));

        Assert.IsType<KlingClient>(provider.GetRequiredService<KlingClient>());
        Assert.NotNull(provider.GetRequiredService<KlingClient>());
        Assert.Equal(KlingClientOptions.CometApiBaseUrl, http.BaseAddress);
        Assert.Equal(Timeout.InfiniteTimeSpan, http.Timeout);
    }

    [Fact]
    public async Task AddKlingClient_ResilienceDisabled_KeepsHttpClientTimeoutAndSendsOnce()
    {
        using var provider = Provider(s => s.AddKlingClient(o =>
        {
            o.ApiKey = Key;
            o.Resilience.Enabled = false;
        }));
        var calls = 0;

        var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(KlingClient));
        var handlers = BuildHandlers(provider);
        using var invoker = StandardPipelineTests.Chain(handlers, () =>
        {
            calls++;
            throw new HttpRequestException("reset");
        });

        Assert.Equal(TimeSpan.FromSeconds(100), http.Timeout);
        Assert.DoesNotContain(handlers, h => h is ResilienceHandler);
        await Assert.ThrowsAsync<HttpRequestException>(() => invoker.SendAsync(Get(), CancellationToken.None));
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task AddKlingClient_HandlerRotation_SharesOnePipeline()
    {
        using var provider = Provider(s => s.AddKlingClient(o =>
        {
            o.ApiKey = Key;
            o.Resilience = TestResilience.Fast();
            o.Resilience.Retry.MaxRetryAttempts = 1;
            o.Resilience.CircuitBreaker.MinimumThroughput = 2;
            o.Resilience.CircuitBreaker.FailureRatio = 0.5;
        }));
        var calls = 0;
        Func<HttpResponseMessage> unavailable = () =>
        {
            calls++;
            return new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { Content = new StringContent("""{"code":5001,"message":"maintenance"}""") };
        };

        var first = BuildHandlers(provider);
        var second = BuildHandlers(provider);
        using var before = StandardPipelineTests.Chain(first, unavailable);
        using var after = StandardPipelineTests.Chain(second, unavailable);

        Assert.NotSame(Assert.Single(first.OfType<ResilienceHandler>()), Assert.Single(second.OfType<ResilienceHandler>()));
        // Two failed attempts through the first chain open the breaker; the rotated chain finds it open.
        (await before.SendAsync(Get(), CancellationToken.None)).Dispose();
        Assert.Equal(2, calls);
        await Assert.ThrowsAsync<BrokenCircuitException>(() => after.SendAsync(Get(), CancellationToken.None));
        Assert.Equal(2, calls);
    }

    [Fact]
    public void AddKlingClient_CalledTwice_AddsTheHandlersOnce()
    {
        using var provider = Provider(s =>
        {
            s.AddKlingClient(o => o.ApiKey = Key);
            s.AddKlingClient(o => o.Resilience.Retry.MaxRetryAttempts = 1);
        });

        var handlers = BuildHandlers(provider);

        Assert.Equal(
            ["KlingDiagnosticsHandler", "ResilienceHandler", "CreateSafetyHandler", "ResponseBufferingHandler", "KlingAuthenticationHandler"],
            handlers.Select(h => h.GetType().Name));
        Assert.Equal(1, provider.GetRequiredService<IOptions<KlingClientOptions>>().Value.Resilience.Retry.MaxRetryAttempts);
        Assert.Equal(1, StandardOptions(provider).Retry.MaxRetryAttempts);
    }

    [Fact]
    public void AddKlingClient_OfficialEndpoint_MapsPathsAndSignsTokens()
    {
        using var provider = Provider(s => s.AddKlingClient(o =>
        {
            o.AccessKey = "ak-test";
            o.SecretKey = "secret-test-value";
        }));

        var handlers = BuildHandlers(provider);

        Assert.Contains(handlers, h => h is OfficialEndpointHandler);
        Assert.IsType<KlingJwtTokenSource>(provider.GetRequiredService<KlingTransport>().Tokens);
        Assert.Equal(KlingClientOptions.OfficialBaseUrl, provider.GetRequiredService<KlingTransport>().BaseUrl);
    }

    [Fact]
    public void Build_ValidateOnStart_FailsWithEveryMessage()
    {
        using var provider = Provider(s => s.AddKlingClient(o =>
        {
            o.AccessKey = "ak-only";
            o.BaseUrl = new Uri("http://kling.example.com/");
        }));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Equal(
            [
                "Kling:AccessKey is set but Kling:SecretKey (KLING_SECRET_KEY) is not: the official endpoint needs both to sign its token.",
                "Kling:BaseUrl (KLING_BASE_URL) must use https: 'http://kling.example.com/' would send the key in clear text. Plain http is allowed only for loopback hosts (localhost, 127.0.0.1, ::1).",
            ],
            error.Failures);
    }

    [Fact]
    public void Build_ValidateOnStart_ResilienceProblemReportedOnceUnderItsKlingPath()
    {
        using var provider = Provider(s => s.AddKlingClient(o =>
        {
            o.ApiKey = Key;
            o.Resilience.AttemptTimeout.Timeout = TimeSpan.FromSeconds(40);
            o.Resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(80);
        }));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Equal(["Kling:Resilience: the attempt timeout (00:00:40) must not exceed the total request timeout (00:00:30)."], error.Failures);
    }

    [Fact]
    public void Build_ValidateOnStart_ResilienceOff_SkipsItsRules()
    {
        using var provider = Provider(s => s.AddKlingClient(o =>
        {
            o.ApiKey = Key;
            o.Resilience.Enabled = false;
            o.Resilience.AttemptTimeout.Timeout = TimeSpan.FromMinutes(5);
        }));

        provider.GetRequiredService<IStartupValidator>().Validate();
    }

    [Fact]
    public void Validate_NoCredential_SaysWhereToPutOne()
    {
        var result = new KlingClientOptionsValidator().Validate(null, new KlingClientOptions());

        Assert.Equal(
            ["No Kling credential: set Kling:ApiKey (or the environment variable KLING_API_KEY) to your CometAPI key, or Kling:AccessKey and Kling:SecretKey (KLING_ACCESS_KEY, KLING_SECRET_KEY) for Kling's official endpoint."],
            result.Failures);
    }

    [Theory]
    [InlineData("http://localhost:8080/", true)]
    [InlineData("http://127.0.0.1:9999/", true)]
    [InlineData("http://[::1]:9999/", true)]
    [InlineData("https://api.cometapi.com/", true)]
    [InlineData("http://api.cometapi.com/", false)]
    [InlineData("http://10.0.0.5/", false)]
    [InlineData("ftp://api.cometapi.com/", false)]
    public void Validate_BaseUrl_HttpsExceptLoopback(string url, bool valid)
    {
        var result = new KlingClientOptionsValidator().Validate(null, new KlingClientOptions { ApiKey = Key, BaseUrl = new Uri(url) });

        Assert.Equal(valid, result.Succeeded);
    }

    [Fact]
    public void Constructor_InvalidOptions_ThrowsBeforeAnyCall()
    {
        var error = Assert.Throws<OptionsValidationException>(() => new KlingClient(new KlingClientOptions { BaseUrl = new Uri("https://api.cometapi.com/") }));

        Assert.StartsWith("No Kling credential", error.Message);
    }

    [Theory]
    [InlineData(null, null, "ak", "sk", KlingEndpoint.Official)]
    [InlineData("key", null, null, null, KlingEndpoint.CometApi)]
    [InlineData("key", "https://api-beijing.klingai.com/", null, null, KlingEndpoint.Official)]
    [InlineData("key", null, "ak", "sk", KlingEndpoint.CometApi)]
    [InlineData("key", "http://127.0.0.1:1234/", null, null, KlingEndpoint.CometApi)]
    public void ResolveEndpoint_Auto_DecidesFromUrlAndCredentials(string? key, string? url, string? access, string? secret, KlingEndpoint expected)
    {
        var options = new KlingClientOptions { ApiKey = key, BaseUrl = url is null ? null : new Uri(url), AccessKey = access, SecretKey = secret };

        Assert.Equal(expected, options.ResolveEndpoint());
    }

    internal static IReadOnlyList<DelegatingHandler> BuildHandlers(IServiceProvider provider)
    {
        var builder = provider.GetRequiredService<HttpMessageHandlerBuilder>();
        builder.Name = nameof(KlingClient);
        foreach (var action in provider.GetRequiredService<IOptionsMonitor<HttpClientFactoryOptions>>().Get(nameof(KlingClient)).HttpMessageHandlerBuilderActions)
        {
            action(builder);
        }

        return [.. builder.AdditionalHandlers];
    }

    /// <summary>The options AddStandardResilienceHandler builds the client's pipeline from.</summary>
    private static HttpStandardResilienceOptions StandardOptions(IServiceProvider provider) =>
        provider.GetRequiredService<IOptionsMonitor<HttpStandardResilienceOptions>>().Get(nameof(KlingClient) + "-standard");

    private static HttpRequestMessage Get() => new(HttpMethod.Get, "https://api.cometapi.com/kling/v1/videos/image2video/t-1");

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    internal static ServiceProvider Provider(Action<IServiceCollection> register)
    {
        var services = new ServiceCollection();
        register(services);
        return services.BuildServiceProvider();
    }
}
