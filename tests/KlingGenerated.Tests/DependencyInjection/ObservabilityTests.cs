using System.Diagnostics;
using KlingGenerated.Tests.Resilience;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WireMock.RequestBuilders;
using Microsoft.Extensions.Logging.Testing;

namespace KlingGenerated.Tests.DependencyInjection;

/// <summary>A trace shows each create and query once, above its attempts; logs say how each call ended.</summary>
[Collection(WireMockCollection.Name)]
public sealed class ObservabilityTests(WireMockFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task CreateThenQuery_Traced_OneActivityEachWithTheirIds()
    {
        var activities = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == KlingDiagnostics.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => { lock (activities) { activities.Add(activity); } },
        };
        ActivitySource.AddActivityListener(listener);
        var logs = new FakeLogCollector();
        using var loggerFactory = new LoggerFactory([new FakeLoggerProvider(logs)]);
        var client = TestResilience.CreateClient(fixture, loggerFactory: loggerFactory);

        var created = await CreateRoute.ImageToVideo.CreateAsync(client, "ext-traced");
        await client.GetImageToVideoTaskAsync(created.Data!.TaskId!);

        // Tests running beside this one may stop activities of their own while it reads.
        List<Activity> stopped;
        lock (activities) { stopped = [.. activities]; }
        Assert.Collection(
            stopped.Where(a => a.GetTagItem("kling.external_task_id") is "ext-traced" || a.GetTagItem("kling.task_id") is "861309198188019719"),
            create =>
            {
                Assert.Equal("Kling create videos/image2video", create.DisplayName);
                Assert.Equal(ActivityKind.Client, create.Kind);
                Assert.Equal(200, create.GetTagItem("http.response.status_code"));
            },
            query =>
            {
                Assert.Equal("Kling query videos/image2video", query.DisplayName);
                Assert.Equal("videos/image2video/861309198188019719", query.GetTagItem("kling.route"));
            });
        Assert.Contains(logs.GetSnapshot(), e => e.Level == LogLevel.Information && e.Message.StartsWith("Kling create videos/image2video answered HTTP 200", StringComparison.Ordinal));
        Assert.Contains(logs.GetSnapshot(), e => e.Level == LogLevel.Debug && e.Message.StartsWith("Kling query videos/image2video/861309198188019719 answered HTTP 200", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Retry_Logged_AtWarningWithReasonAndNoHeaders()
    {
        // The first GET is refused; after that the contract answers.
        fixture.Server.Given(Request.Create().WithPath("/kling/v1/videos/image2video/t-1").UsingGet())
            .AtPriority(1).InScenario("warn").WillSetStateTo("ok")
            .RespondWith(CreateScenario.Refusal(429, 1303));
        var logs = new FakeLogCollector();
        using var loggerFactory = new LoggerFactory([new FakeLoggerProvider(logs)]);

        await TestResilience.CreateClient(fixture, loggerFactory: loggerFactory).GetImageToVideoTaskAsync("t-1");

        var retry = Assert.Single(logs.GetSnapshot(), e => e.Level == LogLevel.Warning);
        Assert.Equal("Retrying Kling GET videos/image2video/t-1 (retry 1) in 10 ms after HTTP 429 (Kling code 1303)", retry.Message);
    }

    [Fact]
    public async Task Retry_ThroughAddKlingClient_LoggedOnceInKlingsWords()
    {
        fixture.Server.Given(Request.Create().WithPath("/kling/v1/videos/image2video/t-2").UsingGet())
            .AtPriority(1).InScenario("warn-di").WillSetStateTo("ok")
            .RespondWith(CreateScenario.Refusal(429, 1303));
        var logs = new FakeLogCollector();
        using var provider = TestResilience.CreateProvider(fixture, services: s => s.AddLogging(b => b.AddProvider(new FakeLoggerProvider(logs))));

        await provider.GetRequiredService<KlingClient>().GetImageToVideoTaskAsync("t-2");

        // Polly's own telemetry logs the retry too, under its own category.
        var retry = Assert.Single(logs.GetSnapshot(), e => e.Level == LogLevel.Warning && e.Category == "KlingGenerated.Resilience");
        Assert.Equal("Retrying Kling GET videos/image2video/t-2 (retry 1) in 10 ms after HTTP 429 (Kling code 1303)", retry.Message);
    }

    [Fact]
    public async Task Retry_GatewayCodeLogged_RedactedShortAndOnOneLine()
    {
        const string key = "plainkey-ABCDEFGH12345678";
        fixture.Server.Given(Request.Create().WithPath("/kling/v1/videos/image2video/t-3").UsingGet())
            .AtPriority(1).InScenario("warn-gateway").WillSetStateTo("ok")
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(500).WithHeader("Content-Type", "application/json")
                .WithBody("{\"error\":{\"code\":\"" + key + "\\nFAKE LOG LINE \\u202e and far more text after it\",\"message\":\"x\"}}"));
        var logs = new FakeLogCollector();
        using var loggerFactory = new LoggerFactory([new FakeLoggerProvider(logs)]);
        using var client = new KlingClient(new KlingClientOptions { ApiKey = key, BaseUrl = fixture.BaseUri, Resilience = TestResilience.Fast() }, loggerFactory, timeProvider: null);

        await client.GetImageToVideoTaskAsync("t-3");

        var retry = Assert.Single(logs.GetSnapshot(), e => e.Level == LogLevel.Warning && e.Category == "KlingGenerated.Resilience");
        Assert.Equal("Retrying Kling GET videos/image2video/t-3 (retry 1) in 10 ms after HTTP 500 (gateway code [REDACTED]\\u000aFAKE LOG LINE \\u202e and f...)", retry.Message);
    }

    [Theory]
    [InlineData("invalid_request", "invalid_request")]
    [InlineData("a\rb\u0007c", "a\\u000db\\u0007c")]
    [InlineData("sk-0123456789abcdef", "[REDACTED]")]
    [InlineData("0123456789012345678901234567890123456789", "01234567890123456789012345678901...")]
    public void GatewayCode_ForALog_IsRedactedEscapedAndShort(string code, string logged) =>
        Assert.Equal(logged, OutcomeDescription.Loggable(code, KnownSecrets.None));
}
