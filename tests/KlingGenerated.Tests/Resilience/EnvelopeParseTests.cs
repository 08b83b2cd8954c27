using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace KlingGenerated.Tests.Resilience;

/// <summary>How many times one answer's envelope is parsed on its way through the whole pipeline, logs on.</summary>
[Collection(WireMockCollection.Name)]
public sealed class EnvelopeParseTests(WireMockFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task RefusedCreate_EnvelopeIsScannedOnceAndReadOnceTyped()
    {
        var scenario = new CreateScenario(fixture.Server, CreateRoute.ImageToVideo);
        scenario.FirstPostAnswers(CreateScenario.Refusal(400, 1201));
        var logs = new FakeLogCollector();
        using var loggerFactory = new LoggerFactory([new FakeLoggerProvider(logs)]);
        var client = TestResilience.CreateClient(fixture, loggerFactory: loggerFactory);

        var parses = EnvelopeParses.Watch();
        var error = await Assert.ThrowsAnyAsync<KlingApiException>(() => CreateRoute.ImageToVideo.CreateAsync(client, scenario.ExternalTaskId));

        Assert.Equal(1201, error.KlingCode);
        Assert.Equal("refused", error.KlingMessage);
        Assert.Equal("req-1201", error.RequestId);
        Assert.Equal(1, scenario.Posts());
        // One System.Text.Json scan shared by every handler and the exception, and the generated Newtonsoft typed read.
        Assert.Equal(2, parses.Value);
    }
}
