using KlingGenerated.Testing;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;

namespace KlingGenerated.Tests.Resilience;

/// <summary>A Retry-After longer than the time left to retry is not slept through: the refusal comes back at once.</summary>
[Collection(WireMockCollection.Name)]
public sealed class RetryAfterBudgetTests(WireMockFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Create_1303WithRetryAfterBeyondTheBudget_GivesUpAtOnceWithTheRefusal()
    {
        var scenario = new CreateScenario(fixture.Server, CreateRoute.ImageToVideo);
        fixture.Server.Given(Request.Create().WithPath(CreateRoute.ImageToVideo.Path).UsingPost()).AtPriority(1)
            .RespondWith(CreateScenario.Refusal(429, 1303, retryAfter: "86400"));
        var resilience = TestResilience.Fast(attemptTimeout: TimeSpan.FromSeconds(1));
        resilience.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(3);
        var client = TestResilience.CreateClient(fixture, resilience);

        var error = await Assert.ThrowsAnyAsync<KlingApiException>(() => CreateRoute.ImageToVideo.CreateAsync(client, scenario.ExternalTaskId));

        Assert.Equal(1303, error.KlingCode);
        Assert.True(error.IsRetryable);
        Assert.Equal(TimeSpan.FromSeconds(86400), error.RetryAfter);
        Assert.Contains("86400", error.Message);
        Assert.Contains("no task was created", error.Message);
        Assert.Equal(1, scenario.Posts());
    }

    [Fact]
    public async Task Create_ThroughAddKlingClient_RetryAfterBeyondMaxDelay_GivesUpAtOnce()
    {
        var scenario = new CreateScenario(fixture.Server, CreateRoute.ImageToVideo);
        fixture.Server.Given(Request.Create().WithPath(CreateRoute.ImageToVideo.Path).UsingPost()).AtPriority(1)
            .RespondWith(CreateScenario.Refusal(429, 1302, retryAfter: "60"));
        var resilience = TestResilience.Fast();
        resilience.Retry.MaxDelay = TimeSpan.FromSeconds(1);
        resilience.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(90);
        using var provider = TestResilience.CreateProvider(fixture, resilience);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));

        var error = await Assert.ThrowsAnyAsync<KlingApiException>(() => provider.GetRequiredService<KlingClient>().CreateImageToVideoTaskAsync(
            new ImageToVideoRequest { Image = KlingImage.FromUrl("https://example.com/cat.png"), Prompt = "blink", ExternalTaskId = scenario.ExternalTaskId }, timeout.Token));

        Assert.Equal(1302, error.KlingCode);
        Assert.Equal(TimeSpan.FromSeconds(60), error.RetryAfter);
        Assert.Equal(1, scenario.Posts());
    }

    [Fact]
    public async Task Create_LookupsRetryAfterBeyondWhatIsLeftSinceTheFirstAttempt_GivesUpAtOnce()
    {
        // The first attempt uses up most of the total timeout; the lookup then asks for a wait that fits the
        // timeout on its own but not what is left of it, so sleeping would end in a timeout with nothing said.
        var scenario = new CreateScenario(fixture.Server, CreateRoute.ImageToVideo);
        // Seconds apart, so a slow machine still gets the lookup's answer well before the total timeout.
        scenario.FirstPostAnswers(CreateScenario.Json(502, new Newtonsoft.Json.Linq.JObject()).WithLateAnswer(TimeSpan.FromSeconds(3)));
        scenario.LookupFindsNothing(CreateScenario.Refusal(503, 5001, retryAfter: "6"));
        scenario.SecondPostSucceeds(afterLookup: true);
        var resilience = TestResilience.Fast(attemptTimeout: TimeSpan.FromSeconds(4));
        resilience.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(8);
        var client = TestResilience.CreateClient(fixture, resilience);

        var error = await Assert.ThrowsAnyAsync<KlingApiException>(() => CreateRoute.ImageToVideo.CreateAsync(client, scenario.ExternalTaskId));

        Assert.Equal(5001, error.KlingCode);
        Assert.Equal(TimeSpan.FromSeconds(6), error.RetryAfter);
        Assert.Equal(1, scenario.Posts());
        Assert.Equal(1, scenario.Lookups());
    }
}
