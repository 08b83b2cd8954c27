using KlingGenerated.Testing;
using KlingGenerated.Tests.Resilience;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace KlingGenerated.Tests.Errors;

/// <summary>
/// A client that knows its key removes it from every exception it builds, however the server wrote it back:
/// as is, JSON-escaped, or URL-encoded; even a key that does not look like one (no sk- prefix).
/// </summary>
[Collection(WireMockCollection.Name)]
public sealed class ClientKeyRedactionTests(WireMockFixture fixture) : IAsyncLifetime
{
    private const string Key = "live+key/ABCDEFGH12345678";

    public static TheoryData<string> Echoes() =>
    [
        "live+key/ABCDEFGH12345678",
        "\\u006cive+key/ABCDEFGH12345678",
        "live\\u002bkey\\/ABCDEFGH12345678",
        "live%2Bkey%2FABCDEFGH12345678",
    ];

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(Echoes))]
    public async Task KeyEchoedInAnyForm_NeverReachesTheException(string echoed)
    {
        fixture.Server.Given(Request.Create().WithPath("/kling/v1/videos/image2video/t-echo").UsingGet()).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(401).WithHeader("Content-Type", "application/json")
                .WithBody("{\"code\":1002,\"message\":\"key " + echoed + " is not valid\",\"request_id\":\"r-echo\"}"));
        var services = new ServiceCollection();
        services.AddKlingClient(o =>
        {
            o.ApiKey = Key;
            o.BaseUrl = fixture.BaseUri;
            o.Resilience = TestResilience.Fast();
        });
        using var provider = services.BuildServiceProvider();
        using var direct = new KlingClient(new KlingClientOptions { ApiKey = Key, BaseUrl = fixture.BaseUri, Resilience = TestResilience.Fast() });

        foreach (var client in new[] { provider.GetRequiredService<KlingClient>(), direct })
        {
            var error = await Assert.ThrowsAsync<KlingApiException<ErrorResponse>>(() => client.GetImageToVideoTaskAsync("t-echo"));

            Assert.Equal(1002, error.KlingCode);
            foreach (var text in new[] { error.Message, error.ToString(), error.Response ?? string.Empty, error.KlingMessage ?? string.Empty })
            {
                Assert.DoesNotContain("ABCDEFGH12345678", text, StringComparison.Ordinal);
            }

            Assert.Contains("[REDACTED]", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task KeyAsAPropertyName_NeverReachesTheResponse()
    {
        Answer(401, "{\"code\":1002,\"message\":\"bad " + Key + "\",\"" + Key + "\":1,\"\\u006cive+key/ABCDEFGH12345678x\":2}");

        using var client = Client();
        var error = await Assert.ThrowsAnyAsync<KlingApiException>(() => client.GetImageToVideoTaskAsync("t-odd"));

        Assert.Equal(1002, error.KlingCode);
        AssertRedacted(error);
        Assert.Contains("[REDACTED]", error.Response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeyInACodeObject_IsRedactedBeforeTheCodeIsCutShort()
    {
        // The key starts past the 64 characters a code keeps only when the text is cut before it is redacted.
        Answer(400, "{\"code\":{\"" + new string('x', 50) + Key + "\":1},\"message\":\"m\"}");

        using var client = Client();
        var error = await Assert.ThrowsAnyAsync<KlingApiException>(() => client.GetImageToVideoTaskAsync("t-odd"));

        Assert.Null(error.KlingCode);
        Assert.Contains("[REDACTED]", error.RawKlingCode, StringComparison.Ordinal);
        AssertRedacted(error, "live+key");
    }

    [Fact]
    public async Task KeyInTheGatewaysCodeObject_NeverReachesTheMessage()
    {
        Answer(400, "{\"error\":{\"code\":{\"" + Key + "\":1},\"message\":\"m\"}}");

        using var client = Client();
        var error = await Assert.ThrowsAnyAsync<KlingApiException>(() => client.GetImageToVideoTaskAsync("t-odd"));

        Assert.Contains("[REDACTED]", error.GatewayErrorCode, StringComparison.Ordinal);
        AssertRedacted(error, "live+key");
    }

    [Fact]
    public async Task ShortKey_IsRedactedAsTheCommandLineRedactsIt()
    {
        const string shortKey = "k3y-42";
        Answer(401, "{\"code\":1002,\"message\":\"key " + shortKey + " is not valid\"}");
        using var client = new KlingClient(new KlingClientOptions { ApiKey = shortKey, BaseUrl = fixture.BaseUri, Resilience = TestResilience.Fast() });

        var error = await Assert.ThrowsAnyAsync<KlingApiException>(() => client.GetImageToVideoTaskAsync("t-odd"));

        Assert.DoesNotContain(shortKey, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(shortKey, error.Response, StringComparison.Ordinal);
        Assert.Contains("[REDACTED]", error.Message, StringComparison.Ordinal);
    }

    private void Answer(int status, string body) =>
        fixture.Server.Given(Request.Create().WithPath("/kling/v1/videos/image2video/t-odd").UsingGet()).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));

    private KlingClient Client() => new(new KlingClientOptions { ApiKey = Key, BaseUrl = fixture.BaseUri, Resilience = TestResilience.Fast() });

    private static void AssertRedacted(KlingApiException error, string part = "ABCDEFGH12345678")
    {
        foreach (var text in new[] { error.Message, error.ToString(), error.Response ?? string.Empty, error.RawKlingCode ?? string.Empty, error.GatewayErrorCode ?? string.Empty })
        {
            Assert.DoesNotContain(part, text, StringComparison.Ordinal);
        }
    }
}
