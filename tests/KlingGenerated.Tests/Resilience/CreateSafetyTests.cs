using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using KlingGenerated.Testing;
using Newtonsoft.Json.Linq;
using WireMock.Matchers;
using WireMock.RequestBuilders;

namespace KlingGenerated.Tests.Resilience;

/// <summary>The edges of create safety: what counts as "not sent", "not found" and "cannot tell".</summary>
[Collection(WireMockCollection.Name)]
public sealed class CreateSafetyTests(WireMockFixture fixture) : IAsyncLifetime
{
    private static readonly CreateRoute Route = CreateRoute.ImageToVideo;

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Create_ConnectionRefused_IsSentAgainWithoutLookup()
    {
        var scenario = new CreateScenario(fixture.Server, Route);
        scenario.FirstPostAnswers(CreateScenario.Json(200, CreateScenario.Task(CreateScenario.SecondTaskId, "submitted")));
        var refuseOnce = new RefuseFirstConnectionHandler();
        var services = new ServiceCollection();
        services.AddKlingClient(o =>
        {
            o.ApiKey = WireMockFixture.TestKey;
            o.BaseUrl = fixture.BaseUri;
            o.Resilience = TestResilience.Fast();
        }).ConfigurePrimaryHttpMessageHandler(() => refuseOnce);
        using var provider = services.BuildServiceProvider();

        var task = await Route.CreateAsync(provider.GetRequiredService<KlingClient>(), scenario.ExternalTaskId);

        Assert.Equal(CreateScenario.SecondTaskId, task.Data!.TaskId);
        Assert.Equal(2, refuseOnce.Sends);
        Assert.Equal(1, scenario.Posts());
        Assert.Equal(0, scenario.Lookups());
    }

    [Fact]
    public async Task Create_ResetAndTaskAbsent_IsSentOnceMore()
    {
        var scenario = new CreateScenario(fixture.Server, Route);
        scenario.FirstPostAnswers(CreateScenario.Fault(SandboxFault.ConnectionReset));
        scenario.LookupFindsNothing();
        scenario.SecondPostSucceeds(afterLookup: true);

        var task = await Route.CreateAsync(TestResilience.CreateClient(fixture), scenario.ExternalTaskId);

        Assert.Equal(CreateScenario.SecondTaskId, task.Data!.TaskId);
        Assert.Equal(2, scenario.Posts());
        Assert.Equal(1, scenario.Lookups());
    }

    [Theory]
    [InlineData(200, """{"code":1203,"message":"task not found"}""")]
    [InlineData(404, """{"code":1203,"message":"task not found"}""")]
    [InlineData(404, """{"message":"task not found"}""")]
    public async Task Create_LookupSaysAbsentInAnyForm_SendsTheCreateAgain(int status, string lookupBody)
    {
        var scenario = new CreateScenario(fixture.Server, Route);
        scenario.FirstPostAnswers(CreateScenario.Fault(SandboxFault.EmptyResponse));
        scenario.LookupFindsNothing(CreateScenario.Json(status, JObject.Parse(lookupBody)));
        scenario.SecondPostSucceeds(afterLookup: true);

        var task = await Route.CreateAsync(TestResilience.CreateClient(fixture), scenario.ExternalTaskId);

        Assert.Equal(CreateScenario.SecondTaskId, task.Data!.TaskId);
        Assert.Equal(2, scenario.Posts());
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"code":0,"message":"SUCCEED"}""")]
    [InlineData("""{"code":0,"message":"SUCCEED","data":null}""")]
    [InlineData("""{"code":0,"message":"SUCCEED","data":{}}""")]
    public async Task Create_LookupSucceedsWithoutTheTask_EndsUnreadableWithoutASecondPost(string lookupBody)
    {
        var scenario = new CreateScenario(fixture.Server, Route);
        scenario.FirstPostAnswers(CreateScenario.Json(502, new JObject()));
        scenario.LookupFindsNothing(CreateScenario.Json(200, JObject.Parse(lookupBody)));
        scenario.SecondPostSucceeds(afterLookup: true);

        var error = await Assert.ThrowsAnyAsync<KlingApiException>(() => Route.CreateAsync(TestResilience.CreateClient(fixture), scenario.ExternalTaskId));

        Assert.True(error.IsUnreadable);
        Assert.Equal(200, error.StatusCode);
        Assert.Contains(scenario.ExternalTaskId, error.Message);
        Assert.Equal(1, scenario.Posts());
        Assert.Equal(1, scenario.Lookups());
    }

    [Fact]
    public async Task Create_LookupRefusedForGood_FailsWithoutASecondPost()
    {
        var scenario = new CreateScenario(fixture.Server, Route);
        scenario.FirstPostAnswers(CreateScenario.Fault(SandboxFault.ConnectionReset));
        scenario.LookupFindsNothing(CreateScenario.Refusal(400, 1201));
        scenario.SecondPostSucceeds(afterLookup: true);

        var error = await Assert.ThrowsAnyAsync<KlingApiException>(() => Route.CreateAsync(TestResilience.CreateClient(fixture), scenario.ExternalTaskId));

        Assert.Equal(1201, error.KlingCode);
        Assert.Equal(1, scenario.Posts());
    }

    [Fact]
    public async Task Create_LookupAnswersHtml404_IsNotTakenAsAbsent()
    {
        var scenario = new CreateScenario(fixture.Server, Route);
        scenario.FirstPostAnswers(CreateScenario.Fault(SandboxFault.ConnectionReset));
        scenario.LookupFindsNothing(CreateScenario.Html(404));
        scenario.SecondPostSucceeds(afterLookup: true);

        await Assert.ThrowsAnyAsync<KlingApiException>(() => Route.CreateAsync(TestResilience.CreateClient(fixture), scenario.ExternalTaskId));

        Assert.Equal(1, scenario.Posts());
    }

    [Fact]
    public async Task Create_EveryAttemptAmbiguousAndLookupsFailing_NeverPostsTwice()
    {
        fixture.Server.Given(Request.Create().WithPath(Route.Path).UsingPost()).AtPriority(1).RespondWith(CreateScenario.Fault(SandboxFault.ConnectionReset));
        fixture.Server.Given(Request.Create().WithPath(new RegexMatcher("^" + Route.Path + "/.+$")).UsingGet()).AtPriority(1).RespondWith(CreateScenario.Refusal(503, 5001));
        var externalTaskId = "ext-" + Guid.NewGuid().ToString("N");

        await Assert.ThrowsAnyAsync<KlingApiException>(() => Route.CreateAsync(TestResilience.CreateClient(fixture), externalTaskId));

        Assert.Equal(1, fixture.Server.CountRequests("POST", Route.Path));
        Assert.Equal(3, fixture.Server.CountRequests("GET", Route.Path + "/" + externalTaskId));
    }

    [Fact]
    public async Task Create_WithoutCallerId_LooksUpTheGeneratedId()
    {
        fixture.Server.Given(Request.Create().WithPath(Route.Path).UsingPost()).AtPriority(1).RespondWith(CreateScenario.Fault(SandboxFault.EmptyResponse));
        fixture.Server.Given(Request.Create().WithPath(new RegexMatcher("^" + Route.Path + "/kg-[0-9a-f]{32}$")).UsingGet()).AtPriority(1)
            .RespondWith(CreateScenario.Json(200, CreateScenario.Task(CreateScenario.FoundTaskId, "processing")));
        var request = new ImageToVideoRequest { Image = KlingImage.FromUrl("https://example.com/cat.png") };

        var task = await TestResilience.CreateClient(fixture).CreateImageToVideoTaskAsync(request);

        Assert.Equal(CreateScenario.FoundTaskId, task.Data!.TaskId);
        Assert.Equal(1, fixture.Server.CountRequests("POST", Route.Path));
        Assert.Equal(1, fixture.Server.CountRequests("GET", Route.Path + "/" + request.ExternalTaskId));
    }

    /// <summary>Sends the first request to a closed loopback port (a real refused connection), then on to WireMock.</summary>
    private sealed class RefuseFirstConnectionHandler() : DelegatingHandler(new SocketsHttpHandler())
    {
        private int _sends;

        public int Sends => _sends;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _sends) == 1)
            {
                var original = request.RequestUri!;
                request.RequestUri = new UriBuilder(original) { Port = ClosedPort() }.Uri;
                return SendThenRestoreAsync(request, original, cancellationToken);
            }

            return base.SendAsync(request, cancellationToken);
        }

        private async Task<HttpResponseMessage> SendThenRestoreAsync(HttpRequestMessage request, Uri original, CancellationToken cancellationToken)
        {
            try
            {
                return await base.SendAsync(request, cancellationToken);
            }
            finally
            {
                request.RequestUri = original;
            }
        }

        private static int ClosedPort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
