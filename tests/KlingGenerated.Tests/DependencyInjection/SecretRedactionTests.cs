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

    [Theory]
    [InlineData("raw {0} end")]
    [InlineData("json \\u0073\\u0065\\u0063\\u0072\\u0065\\u0074\\u002d\\u006e\\u0065\\u0076\\u0065\\u0072\\u002d\\u0070\\u0072\\u0069\\u006e\\u0074\\u002d\\u006d\\u0065\\u002d\\u0039\\u0038\\u0037\\u0036\\u0035\\u0034 end")]
    [InlineData("upper %73%65%63%72%65%74%2D%6E%65%76%65%72%2D%70%72%69%6E%74%2D%6D%65%2D%39%38%37%36%35%34 end")]
    [InlineData("lower %73%65%63%72%65%74%2d%6e%65%76%65%72%2d%70%72%69%6e%74%2d%6d%65%2d%39%38%37%36%35%34 end")]
    [InlineData("mixed secret\\u002dnever%2dprint-me-987654 end")]
    public void Redact_WithSecrets_RemovesEveryEscapedAndEncodedForm(string template)
    {
        var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, SecretKey);

        var redacted = SecretRedactor.Redact(text, [SecretKey, null, "ab"]);

        Assert.EndsWith(" [REDACTED] end", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("987654", redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void Redact_WithSecrets_HandlesSlashesSpacesAndNonAscii()
    {
        const string Password = "p/w été 2024";

        var redacted = SecretRedactor.Redact(
            "a p\\/w \\u00e9t\\u00e9 2024 b p%2Fw+%C3%A9t%C3%A9+2024 c p%2fw%20%c3%a9t%c3%a9%202024 d " + Password + " e sk-pattern-still-applies", [Password]);

        Assert.Equal("a [REDACTED] b [REDACTED] c [REDACTED] d [REDACTED] e [REDACTED]", redacted);
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
