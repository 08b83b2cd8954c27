using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using KlingGenerated.Tests.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Newtonsoft.Json.Linq;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace KlingGenerated.Tests.Authentication;

/// <summary>Kling's own endpoint on WireMock: /v1 paths, a signed token, and a new token after 1003/1004.</summary>
[Collection(WireMockCollection.Name)]
public sealed class OfficialEndpointTests(WireMockFixture fixture) : IAsyncLifetime
{
    private const string AccessKey = "ak-official-test";
    private const string SecretKey = "sk-official-secret-value";

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("image2video", "/v1/videos/image2video")]
    [InlineData("multi-image2video", "/v1/videos/multi-image2video")]
    [InlineData("generations", "/v1/images/multi-image2image")]
    [InlineData("multi-image2image", "/v1/images/multi-image2image")]
    public async Task Create_OfficialEndpoint_PostsToTheOfficialPathWithASignedToken(string route, string officialPath)
    {
        Stub("POST", officialPath, CreateScenario.Json(200, CreateScenario.Task("official-1", "submitted")));

        var task = await CreateRoute.Named(route).CreateAsync(Client(), "ext-official");

        Assert.Equal("official-1", task.Data!.TaskId);
        var sent = Assert.Single(fixture.Server.ReceivedRequests());
        Assert.Equal(officialPath, sent.Path);
        AssertSignedByTheSecretKey(sent.Header("Authorization")!);
    }

    [Theory]
    [InlineData("generations", "/v1/images/multi-image2image/t-7")]
    [InlineData("image2video", "/v1/videos/image2video/t-7")]
    public async Task GetTask_OfficialEndpoint_QueriesTheOfficialPath(string route, string officialPath)
    {
        Stub("GET", officialPath, CreateScenario.Json(200, CreateScenario.Task("t-7", "processing")));
        var client = Client();

        var task = route == "generations" ? await client.GetImageGenerationTaskAsync("t-7") : await client.GetImageToVideoTaskAsync("t-7");

        Assert.Equal("t-7", task.Data!.TaskId);
        Assert.Equal(officialPath, Assert.Single(fixture.Server.ReceivedRequests()).Path);
    }

    [Fact]
    public async Task ListTasks_SeedRouteOnOfficialEndpoint_ListsMultiImageToImage()
    {
        Stub("GET", "/v1/images/multi-image2image", CreateScenario.Json(200, JObject.Parse("""{"code":0,"message":"SUCCEED","data":[]}""")));

        await Client().ListImageGenerationTasksAsync(pageNum: 2, pageSize: 10);

        Assert.Equal("/v1/images/multi-image2image?pageNum=2&pageSize=10", Assert.Single(fixture.Server.ReceivedRequests()).Url);
    }

    [Theory]
    [InlineData(1004)]
    [InlineData(1003)]
    public async Task Create_TokenRefused_SignsAgainAndSendsOnce(int code)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var scenario = "token-" + Guid.NewGuid().ToString("N");
        // The start state has no name in WireMock.Net, and a mapping without a next state would go back to it.
        fixture.Server.Given(Request.Create().WithPath("/v1/videos/image2video").UsingPost())
            .AtPriority(1).InScenario(scenario).WillSetStateTo("Refused")
            .RespondWith(CreateScenario.Refusal(401, code));
        fixture.Server.Given(Request.Create().WithPath("/v1/videos/image2video").UsingPost())
            .AtPriority(1).InScenario(scenario).WhenStateIs("Refused").WillSetStateTo("Refused")
            .RespondWith(CreateScenario.Json(200, CreateScenario.Task("after-refresh", "submitted")));
        var logs = new FakeLogCollector();
        using var loggerFactory = new LoggerFactory([new FakeLoggerProvider(logs)]);

        var task = await CreateRoute.ImageToVideo.CreateAsync(Client(clock, loggerFactory), "ext-token");

        Assert.Equal("after-refresh", task.Data!.TaskId);
        var posts = fixture.Server.ReceivedRequests();
        Assert.Equal(2, posts.Count);
        Assert.All(posts, p => AssertSignedByTheSecretKey(p.Header("Authorization")!));
        Assert.Contains(logs.GetSnapshot(), e => e.Message == $"The Kling token was refused with code {code}; signing a new one and sending again once");
    }

    [Fact]
    public async Task Create_TokenRefusedTwice_GivesUpAfterOneRefresh()
    {
        Stub("POST", "/v1/videos/image2video", CreateScenario.Refusal(401, 1004));

        var error = await Assert.ThrowsAnyAsync<KlingApiException>(() => CreateRoute.ImageToVideo.CreateAsync(Client(), "ext-expired"));

        Assert.Equal(1004, error.KlingCode);
        Assert.Equal(2, fixture.Server.CountRequests("POST", "/v1/videos/image2video"));
    }

    [Fact]
    public async Task Create_CometApiDefault_SendsTheKeyAsBearerOnTheGatewayPath()
    {
        var client = new KlingClient(new KlingClientOptions { ApiKey = WireMockFixture.TestKey, BaseUrl = fixture.BaseUri });

        await CreateRoute.ImageGeneration.CreateAsync(client, "ext-comet");

        var sent = Assert.Single(fixture.Server.ReceivedRequests());
        Assert.Equal("/kling/v1/images/generations", sent.Path);
        Assert.Equal("Bearer " + WireMockFixture.TestKey, sent.Header("Authorization"));
    }

    [Theory]
    [InlineData("https://h/kling/v1/videos/image2video", "https://h/v1/videos/image2video")]
    [InlineData("https://h/kling/v1/images/generations", "https://h/v1/images/multi-image2image")]
    [InlineData("https://h/kling/v1/images/generations/ext%2F1", "https://h/v1/images/multi-image2image/ext%2F1")]
    [InlineData("https://h/kling/v1/images/generations?pageNum=1", "https://h/v1/images/multi-image2image?pageNum=1")]
    [InlineData("https://h/proxy/kling/v1/videos/multi-image2video/7", "https://h/proxy/v1/videos/multi-image2video/7")]
    [InlineData("https://h/v1/images/multi-image2image/7", "https://h/v1/images/multi-image2image/7")]
    public void Map_GatewayRoute_BecomesOfficialRoute(string gateway, string official) =>
        Assert.Equal(official, OfficialEndpointPaths.Map(new Uri(gateway)).AbsoluteUri);

    private KlingClient Client(TimeProvider? clock = null, ILoggerFactory? logs = null) => new(
        new KlingClientOptions
        {
            AccessKey = AccessKey,
            SecretKey = SecretKey,
            BaseUrl = fixture.BaseUri,
            Endpoint = KlingEndpoint.Official,
            Resilience = TestResilience.Fast(),
        },
        logs,
        clock);

    private void Stub(string method, string path, IResponseBuilder response) =>
        fixture.Server.Given(Request.Create().WithPath(path).UsingMethod(method)).AtPriority(1).RespondWith(response);

    private static void AssertSignedByTheSecretKey(string authorization)
    {
        Assert.StartsWith("Bearer ", authorization);
        var token = authorization["Bearer ".Length..];
        var lastDot = token.LastIndexOf('.');
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(SecretKey), Encoding.ASCII.GetBytes(token[..lastDot]));
        Assert.Equal(expected, Base64Url.DecodeFromChars(token.AsSpan(lastDot + 1)));
        Assert.Equal(AccessKey, JObject.Parse(Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token.Split('.')[1]))).Value<string>("iss"));
    }
}
