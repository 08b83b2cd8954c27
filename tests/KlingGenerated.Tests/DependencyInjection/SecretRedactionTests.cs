using System.Diagnostics;
using KlingGenerated.Tests.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using KlingGenerated.Testing;
using Newtonsoft.Json.Linq;
using WireMock.Matchers;
using WireMock.RequestBuilders;

namespace KlingGenerated.Tests.DependencyInjection;

/// <summary>The key, the secret key and the signed token never show in ToString, logs, traces or exceptions.</summary>
[Collection(WireMockCollection.Name)]
public sealed class SecretRedactionTests(WireMockFixture fixture) : IAsyncLifetime
{
    private const string ApiKey = "sk-never-print-me-0123456789";
    private const string SecretKey = "secret-never-print-me-987654";

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public void ToString_Options_SaysOnlyWhetherKeysAreSet()
    {
        var options = new KlingClientOptions { ApiKey = ApiKey, AccessKey = "ak-1", SecretKey = SecretKey, BaseUrl = new Uri("https://user:pw@api.cometapi.com/") };

        var text = options.ToString();

        Assert.Equal("KlingClientOptions { BaseUrl = https://api.cometapi.com/, Endpoint = Auto, ApiKey = (set), AccessKey = (set), SecretKey = (set), Resilience = on }", text);
    }

    [Fact]
    public void Validation_Failure_NeverQuotesTheKey()
    {
        var error = Assert.Throws<OptionsValidationException>(() => new KlingClient(new KlingClientOptions { ApiKey = ApiKey, BaseUrl = new Uri("http://remote.example.com/") }));

        Assert.DoesNotContain(ApiKey, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailingCalls_WithRetriesAndLookups_NeverLogOrThrowTheKey()
    {
        var echo = CreateScenario.Json(503, new JObject { ["code"] = 5001, ["message"] = "echo Bearer " + ApiKey });
        fixture.Server.Given(Request.Create().WithPath(CreateRoute.ImageToVideo.Path).UsingPost()).AtPriority(1)
            .RespondWith(CreateScenario.Fault(SandboxFault.ConnectionReset));
        fixture.Server.Given(Request.Create().WithPath(new RegexMatcher("^/kling/v1/videos/image2video/.+$")).UsingGet()).AtPriority(1)
            .RespondWith(echo);
        var logs = new FakeLogCollector();
        using var loggerFactory = new LoggerFactory([new FakeLoggerProvider(logs)]);
        var traces = new List<string>();
        using var listener = Listen(traces);
        var client = new KlingClient(new KlingClientOptions { ApiKey = ApiKey, BaseUrl = fixture.BaseUri, Resilience = TestResilience.Fast() }, loggerFactory, null);

        var createError = await Assert.ThrowsAnyAsync<KlingApiException>(() => CreateRoute.ImageToVideo.CreateAsync(client, "ext-secret-test"));
        var queryError = await Assert.ThrowsAnyAsync<KlingApiException>(() => client.GetImageToVideoTaskAsync("t-1"));

        Assert.Contains(logs.GetSnapshot(), e => e.Level == LogLevel.Warning && e.Message.StartsWith("Retrying Kling", StringComparison.Ordinal));
        Assert.NotEmpty(traces);
        foreach (var text in new[] { AllText(logs), createError.ToString(), queryError.ToString(), string.Join("\n", traces), client.ToString()! })
        {
            Assert.DoesNotContain(ApiKey, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task OfficialEndpoint_SignedToken_NeverLoggedNorInExceptions()
    {
        fixture.Server.Given(Request.Create().WithPath(new RegexMatcher("^/v1/videos/image2video/.+$")).UsingGet()).AtPriority(1)
            .RespondWith(CreateScenario.Refusal(401, 1004));
        var logs = new FakeLogCollector();
        using var loggerFactory = new LoggerFactory([new FakeLoggerProvider(logs)]);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var client = new KlingClient(new KlingClientOptions { AccessKey = "ak-1", SecretKey = SecretKey, BaseUrl = fixture.BaseUri, Endpoint = KlingEndpoint.Official }, loggerFactory, clock);
        var token = KlingJwt.Create("ak-1", SecretKey, clock.GetUtcNow());

        var error = await Assert.ThrowsAnyAsync<KlingApiException>(() => client.GetImageToVideoTaskAsync("t-1"));

        Assert.Equal(1004, error.KlingCode);
        foreach (var text in new[] { AllText(logs), error.ToString() })
        {
            Assert.DoesNotContain(SecretKey, text, StringComparison.Ordinal);
            Assert.DoesNotContain(token, text, StringComparison.Ordinal);
        }
    }

    /// <summary>Everything logged, as one text, for "never contains" checks.</summary>
    private static string AllText(FakeLogCollector logs) =>
        string.Join("\n", logs.GetSnapshot().Select(e => $"{e.Level} {e.Category}: {e.Message} {e.Exception}"));

    private static ActivityListener Listen(List<string> traces)
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == KlingDiagnostics.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                lock (traces)
                {
                    traces.Add($"{activity.DisplayName} {activity.StatusDescription} {string.Join(",", activity.TagObjects.Select(t => $"{t.Key}={t.Value}"))}");
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }
}
