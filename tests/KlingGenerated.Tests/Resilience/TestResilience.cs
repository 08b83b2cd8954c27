namespace KlingGenerated.Tests.Resilience;

/// <summary>The standard pipeline with waits short enough for tests, and an attempt timeout a delayed stub can pass.</summary>
public static class TestResilience
{
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromMilliseconds(500);

    /// <summary>A WireMock delay well past <see cref="AttemptTimeout"/>.</summary>
    public const int SlowResponseMilliseconds = 2000;

    public static KlingResilienceOptions Fast(TimeSpan? attemptTimeout = null)
    {
        var options = new KlingResilienceOptions();
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        options.Retry.BackoffType = Polly.DelayBackoffType.Constant;
        options.Retry.UseJitter = false;
        options.AttemptTimeout.Timeout = attemptTimeout ?? TimeSpan.FromSeconds(5);
        options.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(20);
        return options;
    }

    /// <summary>A client of the WireMock server built as a script would build it, with the test key.</summary>
    public static KlingClient CreateClient(WireMockFixture fixture, KlingResilienceOptions? resilience = null, Microsoft.Extensions.Logging.ILoggerFactory? loggerFactory = null) =>
        new(new KlingClientOptions { ApiKey = WireMockFixture.TestKey, BaseUrl = fixture.BaseUri, Resilience = resilience ?? Fast() }, loggerFactory, timeProvider: null);
}
