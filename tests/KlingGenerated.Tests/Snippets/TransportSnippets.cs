using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KlingGenerated.Tests.Snippets;

/// <summary>The README's dependency-injection, resilience and authentication examples, compiled.</summary>
public static class TransportSnippets
{
    public static KlingClient AddKlingClientFromConfiguration(IConfiguration configuration)
    {
        #region Snippet:AddKlingClient
        // appsettings.json: { "Kling": { "ApiKey": "..." } }, or the environment variable KLING_API_KEY
        var services = new ServiceCollection();
        services.AddKlingClient(configuration.GetSection("Kling"));

        using var provider = services.BuildServiceProvider();
        var kling = provider.GetRequiredService<KlingClient>();
        #endregion
        return kling;
    }

    public static KlingClient CreateWithoutDependencyInjection()
    {
        #region Snippet:KlingClientFromEnvironment
        // KLING_API_KEY (and optionally KLING_BASE_URL) from the environment; same pipeline as with DI.
        var kling = new KlingClient(KlingClientOptions.FromEnvironment());
        #endregion
        return kling;
    }

    public static KlingClient CreateForOfficialEndpoint(string accessKey, string secretKey)
    {
        #region Snippet:OfficialEndpoint
        // Kling's own endpoint: requests are signed with an HS256 JWT and routed to /v1/...
        var kling = new KlingClient(new KlingClientOptions
        {
            AccessKey = accessKey,
            SecretKey = secretKey,
            BaseUrl = new Uri("https://api-singapore.klingai.com/"),
        });
        #endregion
        return kling;
    }

    public static IHttpClientBuilder TuneResilience(IServiceCollection services)
    {
        #region Snippet:TuneResilience
        var builder = services.AddKlingClient(options =>
        {
            // Microsoft's HttpStandardResilienceOptions, with Kling's predicates in Retry and CircuitBreaker.
            options.Resilience.Retry.MaxRetryAttempts = 5;
            options.Resilience.AttemptTimeout.Timeout = TimeSpan.FromSeconds(20);
            options.Resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(40); // at least twice the attempt
            options.Resilience.TotalRequestTimeout.Timeout = TimeSpan.FromMinutes(2);
        });
        #endregion
        return builder;
    }

    public static async Task<TaskResponse> CreateWithYourOwnIdAsync(KlingClient kling, CancellationToken cancellationToken)
    {
        #region Snippet:CreateWithExternalTaskId
        var request = new ImageToVideoRequest
        {
            Image = KlingImage.FromUrl("https://example.com/cat.png"),
            Prompt = "The cat turns its head and blinks.",
            ExternalTaskId = "order-1234-video-1", // or leave it empty: the client makes one
        };
        try
        {
            return await kling.CreateImageToVideoTaskAsync(request, cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or Polly.Timeout.TimeoutRejectedException)
        {
            // Every retry failed: the task may or may not exist. Ask later, by the same id, instead of creating again.
            return await kling.GetImageToVideoTaskAsync(request.ExternalTaskId!, cancellationToken);
        }
        #endregion
    }
}
