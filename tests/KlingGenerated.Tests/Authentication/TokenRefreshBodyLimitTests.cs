using KlingGenerated.Testing;
using KlingGenerated.Tests.Resilience;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace KlingGenerated.Tests.Authentication;

/// <summary>A 401 is read for its code (1003/1004 sign a new token) under the client's size limit, like any answer.</summary>
[Collection(WireMockCollection.Name)]
public sealed class TokenRefreshBodyLimitTests(WireMockFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Unauthorized_WithEndlessBody_EndsAtTheSizeLimit(bool keyPair)
    {
        // A key pair signs tokens (which a 401 may ask to refresh) for Kling's official paths, without the gateway's /kling prefix.
        fixture.Server.Given(Request.Create().WithPath("/kling/v1/videos/image2video/t-401", "/v1/videos/image2video/t-401").UsingGet()).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(401).WithHeader("Content-Type", "application/json")
                .WithBody("{\"code\":1002,\"message\":\"no\"}").WithBodyFault(KlingBodyFault.Endless()));
        var options = new KlingClientOptions { BaseUrl = fixture.BaseUri, Resilience = TestResilience.Fast(), MaxResponseBytes = 64 * 1024 };
        if (keyPair)
        {
            options.AccessKey = "ak-0123456789abcdef";
            options.SecretKey = "sk-0123456789abcdefghij";
        }
        else
        {
            options.ApiKey = WireMockFixture.TestKey;
        }

        using var client = new KlingClient(options);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));

        var error = await Assert.ThrowsAsync<KlingResponseTooLargeException>(() => client.GetImageToVideoTaskAsync("t-401", timeout.Token));

        Assert.Equal(401, error.StatusCode);
        Assert.False(timeout.IsCancellationRequested);
    }
}
