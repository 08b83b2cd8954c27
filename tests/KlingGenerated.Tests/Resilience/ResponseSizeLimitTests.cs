using KlingGenerated.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace KlingGenerated.Tests.Resilience;

/// <summary>
/// The cap on an answer's size, against WireMock.Net bodies that never end or declare a huge length: the call
/// ends with KlingResponseTooLargeException at the limit, and a create answered so is looked up, not paid twice.
/// </summary>
[Collection(WireMockCollection.Name)]
public sealed class ResponseSizeLimitTests(WireMockFixture fixture) : IAsyncLifetime
{
    private const long Limit = 64 * 1024;
    private const string TaskPath = "/kling/v1/videos/image2video/t-huge";
    private const string TaskJson = """{"code":0,"message":"SUCCEED","data":{"task_id":"t-huge","task_status":"submitted"}}""";

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task EndlessBody_OnAQuery_StopsAtTheLimit()
    {
        Answer(KlingBodyFault.Endless());
        using var client = OptionsClient();

        var error = await Assert.ThrowsAsync<KlingResponseTooLargeException>(() => client.GetImageToVideoTaskAsync("t-huge"));

        Assert.Equal(Limit, error.Limit);
        Assert.Equal("videos/image2video/t-huge", error.Route);
        Assert.Null(error.DeclaredLength);
        Assert.True(error.IsUnreadable);
        Assert.False(error.IsRetryable);
        Assert.Contains("could not be read", error.Message);
        Assert.Contains("65536 bytes", error.Message);
        Assert.Contains("videos/image2video/t-huge", error.Message);
        Assert.Equal(1, fixture.Server.CountRequests("GET", TaskPath));
    }

    [Theory]
    [InlineData(2147483647L)]
    [InlineData(1610612736L)]
    public async Task HugeDeclaredLength_IsRefusedBeforeReading(long declared)
    {
        Answer(KlingBodyFault.DeclaredLength(declared));
        using var client = new KlingClient(new KlingClientOptions { ApiKey = WireMockFixture.TestKey, BaseUrl = fixture.BaseUri, Resilience = TestResilience.Fast() });

        var error = await Assert.ThrowsAsync<KlingResponseTooLargeException>(() => client.GetImageToVideoTaskAsync("t-huge"));

        Assert.Equal(KlingClientOptions.DefaultMaxResponseBytes, error.Limit);
        Assert.Equal(declared, error.DeclaredLength);
        Assert.Contains(declared.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message);
        Assert.Contains("16 MiB", error.Message);
    }

    [Fact]
    public async Task EndlessBody_ThroughAddKlingClient_StopsAtTheLimit()
    {
        Answer(KlingBodyFault.Endless());
        var services = new ServiceCollection();
        services.AddKlingClient(o =>
        {
            o.ApiKey = WireMockFixture.TestKey;
            o.BaseUrl = fixture.BaseUri;
            o.Resilience = TestResilience.Fast();
            o.MaxResponseBytes = Limit;
        });
        using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<KlingClient>();

        var error = await Assert.ThrowsAsync<KlingResponseTooLargeException>(() => client.GetImageToVideoTaskAsync("t-huge"));

        Assert.Equal(Limit, error.Limit);
        Assert.Equal(Limit, client.MaxResponseBytes);
    }

    [Fact]
    public async Task EndlessBody_ClientAroundAPlainHttpClient_StopsAtItsOwnLimit()
    {
        Answer(KlingBodyFault.Endless());
        using var http = new HttpClient { BaseAddress = fixture.BaseUri };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", WireMockFixture.TestKey);
        var client = new KlingClient(http) { MaxResponseBytes = Limit };

        var error = await Assert.ThrowsAsync<KlingResponseTooLargeException>(() => client.GetImageToVideoTaskAsync("t-huge"));

        Assert.Equal(Limit, error.Limit);
    }

    [Fact]
    public async Task AnswerUnderTheLimit_IsRead()
    {
        fixture.Server.Given(Request.Create().WithPath(TaskPath).UsingGet()).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(TaskJson));
        using var client = new KlingClient(new KlingClientOptions { ApiKey = WireMockFixture.TestKey, BaseUrl = fixture.BaseUri, Resilience = TestResilience.Fast(), MaxResponseBytes = 1024 });

        var task = await client.GetImageToVideoTaskAsync("t-huge");

        Assert.Equal("submitted", task.Data!.TaskStatus);
    }

    [Theory]
    [InlineData("declared 2^31-1")]
    [InlineData("endless")]
    public async Task CreateAnsweredTooLarge_IsLookedUp_NotPaidTwice(string kind)
    {
        var scenario = new CreateScenario(fixture.Server, CreateRoute.ImageToVideo);
        var fault = kind == "endless" ? KlingBodyFault.Endless() : KlingBodyFault.DeclaredLength(int.MaxValue);
        scenario.FirstPostAnswers(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(TaskJson).WithBodyFault(fault));
        scenario.LookupFindsTask();
        scenario.SecondPostSucceeds(afterLookup: true);
        using var client = OptionsClient();

        var task = await CreateRoute.ImageToVideo.CreateAsync(client, scenario.ExternalTaskId);

        Assert.Equal(CreateScenario.FoundTaskId, task.Data!.TaskId);
        Assert.Equal(1, scenario.Posts());
        Assert.Equal(1, scenario.Lookups());
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(1023L)]
    [InlineData(2L * 1024 * 1024 * 1024)]
    public void MaxResponseBytes_OutOfRange_IsRefusedByValidation(long value)
    {
        var error = Assert.Throws<OptionsValidationException>(() => new KlingClient(new KlingClientOptions { ApiKey = WireMockFixture.TestKey, MaxResponseBytes = value }));

        Assert.Contains("Kling:MaxResponseBytes", error.Message);
    }

    private KlingClient OptionsClient() =>
        new(new KlingClientOptions { ApiKey = WireMockFixture.TestKey, BaseUrl = fixture.BaseUri, Resilience = TestResilience.Fast(), MaxResponseBytes = Limit });

    private void Answer(KlingBodyFault fault) =>
        fixture.Server.Given(Request.Create().WithPath(TaskPath).UsingGet()).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(TaskJson).WithBodyFault(fault));
}
