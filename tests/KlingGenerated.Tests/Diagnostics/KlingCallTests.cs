using Microsoft.Extensions.Logging;
using KlingGenerated.Tests.Resilience;
using Microsoft.Extensions.Logging.Testing;

namespace KlingGenerated.Tests.Diagnostics;

/// <summary>Each generated operation says on its request which call it is; the handlers read that, not the URL.</summary>
[Collection(WireMockCollection.Name)]
public sealed class KlingCallTests(WireMockFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task GeneratedOperations_StampRouteKindAndTaskId()
    {
        var seen = new List<KlingCall?>();
        using var http = new HttpClient(new Recording(seen) { InnerHandler = new SocketsHttpHandler() }) { BaseAddress = fixture.BaseUri };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", WireMockFixture.TestKey);
        var client = new KlingClient(http);

        await client.CreateMultiImageToImageTaskAsync(new MultiImageToImageRequest
        {
            SubjectImageList =
            [
                new SubjectImageItem { SubjectImage = KlingImage.FromUrl(new Uri("https://example.com/1.png")) },
                new SubjectImageItem { SubjectImage = KlingImage.FromUrl(new Uri("https://example.com/2.png")) },
            ],
        });
        await client.ListImageGenerationTasksAsync(pageNum: 1);
        await client.GetMultiImageToVideoTaskAsync("t-7");

        Assert.Equal(
            [
                new KlingCall(KlingRoute.MultiImageToImage, KlingCallKind.Create, null),
                new KlingCall(KlingRoute.ImageGeneration, KlingCallKind.List, null),
                new KlingCall(KlingRoute.MultiImageToVideo, KlingCallKind.Query, "t-7"),
            ],
            seen);
    }

    [Fact]
    public async Task OfficialEndpoint_RetryLogNamesTheCallersRoute_NotTheRewrittenPath()
    {
        // The official endpoint serves images/generations as multi-image2image: the URL changes on the way, the call does not.
        fixture.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath("/v1/images/multi-image2image/t-9").UsingGet())
            .AtPriority(1)
            .RespondWith(CreateScenario.Refusal(503, 5001));
        var logs = new FakeLogCollector();
        using var loggerFactory = new LoggerFactory([new FakeLoggerProvider(logs)]);
        var client = new KlingClient(
            new KlingClientOptions
            {
                AccessKey = "ak-test-0123",
                SecretKey = "secret-test-0123456789",
                BaseUrl = fixture.BaseUri,
                Endpoint = KlingEndpoint.Official,
                Resilience = TestResilience.Fast(),
            },
            loggerFactory, timeProvider: null);

        await Assert.ThrowsAnyAsync<KlingApiException>(() => client.GetImageGenerationTaskAsync("t-9"));

        var retries = logs.GetSnapshot().Where(r => r.Message.StartsWith("Retrying Kling", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(retries);
        Assert.All(retries, r => Assert.StartsWith("Retrying Kling GET images/generations/t-9 ", r.Message, StringComparison.Ordinal));
    }

    private sealed class Recording(List<KlingCall?> seen) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            seen.Add(KlingCall.Of(request));
            return base.SendAsync(request, cancellationToken);
        }
    }
}
