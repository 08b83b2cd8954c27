using Microsoft.Extensions.Options;
using Polly;

namespace KlingGenerated.Tests.Resilience;

public sealed class StandardPipelineTests
{
    [Fact]
    public void KlingResilienceOptions_Defaults_MatchAddStandardResilienceHandler()
    {
        var options = new KlingResilienceOptions();

        Assert.True(options.Enabled);
        Assert.Equal("Standard-RateLimiter", options.RateLimiter.Name);
        Assert.Equal(1000, options.RateLimiter.DefaultRateLimiterOptions.PermitLimit);
        Assert.Equal(0, options.RateLimiter.DefaultRateLimiterOptions.QueueLimit);
        Assert.Equal("Standard-TotalRequestTimeout", options.TotalRequestTimeout.Name);
        Assert.Equal(TimeSpan.FromSeconds(30), options.TotalRequestTimeout.Timeout);
        Assert.Equal("Standard-Retry", options.Retry.Name);
        Assert.Equal(3, options.Retry.MaxRetryAttempts);
        Assert.Equal(TimeSpan.FromSeconds(2), options.Retry.Delay);
        Assert.Equal(DelayBackoffType.Exponential, options.Retry.BackoffType);
        Assert.True(options.Retry.UseJitter);
        Assert.True(options.Retry.ShouldRetryAfterHeader);
        Assert.Equal("Standard-CircuitBreaker", options.CircuitBreaker.Name);
        Assert.Equal(0.1, options.CircuitBreaker.FailureRatio);
        Assert.Equal(100, options.CircuitBreaker.MinimumThroughput);
        Assert.Equal(TimeSpan.FromSeconds(30), options.CircuitBreaker.SamplingDuration);
        Assert.Equal(TimeSpan.FromSeconds(5), options.CircuitBreaker.BreakDuration);
        Assert.Equal("Standard-AttemptTimeout", options.AttemptTimeout.Name);
        Assert.Equal(TimeSpan.FromSeconds(10), options.AttemptTimeout.Timeout);
    }

    [Fact]
    public void Validate_AttemptTimeoutLongerThanTotal_Fails()
    {
        var options = ValidOptions();
        options.Resilience.AttemptTimeout.Timeout = TimeSpan.FromSeconds(40);
        options.Resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(80);

        var result = new KlingClientOptionsValidator().Validate(null, options);

        Assert.Equal(["Kling:Resilience: the attempt timeout (00:00:40) must not exceed the total request timeout (00:00:30)."], result.Failures);
    }

    [Fact]
    public void Validate_SamplingShorterThanTwoAttempts_Fails()
    {
        var options = ValidOptions();
        options.Resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(15);

        var result = new KlingClientOptionsValidator().Validate(null, options);

        Assert.Equal(["Kling:Resilience: the circuit breaker's sampling duration (00:00:15) must be at least twice the attempt timeout (00:00:10)."], result.Failures);
    }

    [Fact]
    public void Validate_OutOfRangeRetryCount_ReportsPollysRange()
    {
        var options = ValidOptions();
        options.Resilience.Retry.MaxRetryAttempts = -1;

        var result = new KlingClientOptionsValidator().Validate(null, options);

        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith("Kling:Resilience:Retry: ", failure);
        Assert.Contains("MaxRetryAttempts", failure);
    }

    [Fact]
    public void Validate_ResilienceDisabled_SkipsItsRules()
    {
        var options = ValidOptions();
        options.Resilience.Enabled = false;
        options.Resilience.AttemptTimeout.Timeout = TimeSpan.FromMinutes(5);

        Assert.True(new KlingClientOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public async Task Build_Disabled_IsTheEmptyPipeline()
    {
        var options = new KlingResilienceOptions { Enabled = false };

        var pipeline = KlingStandardPipeline.Build(options, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, TimeProvider.System);

        var calls = 0;
        await Assert.ThrowsAsync<HttpRequestException>(async () => await pipeline.ExecuteAsync<HttpResponseMessage>(_ =>
        {
            calls++;
            throw new HttpRequestException("reset");
        }));
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task Build_RateLimiterFull_RejectsWithoutCalling()
    {
        var options = TestResilience.Fast();
        options.RateLimiter.DefaultRateLimiterOptions.PermitLimit = 1;
        var pipeline = KlingStandardPipeline.Build(options, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, TimeProvider.System);
        var release = new TaskCompletionSource<HttpResponseMessage>();
        var first = pipeline.ExecuteAsync(_ => new ValueTask<HttpResponseMessage>(release.Task)).AsTask();

        await Assert.ThrowsAsync<KlingRateLimiterRejectedException>(async () =>
            await pipeline.ExecuteAsync(_ => new ValueTask<HttpResponseMessage>(new HttpResponseMessage())));

        release.SetResult(new HttpResponseMessage());
        (await first).Dispose();
    }

    [Fact]
    public void RetryAfterDelay_DateAndDelta_UseTheInjectedClock()
    {
        var clock = new ManualTimeProvider();
        using var delta = new HttpResponseMessage();
        delta.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(7));
        using var date = new HttpResponseMessage();
        date.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(clock.GetUtcNow().AddSeconds(12));
        using var past = new HttpResponseMessage();
        past.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(clock.GetUtcNow().AddSeconds(-12));

        Assert.Equal(TimeSpan.FromSeconds(7), RetryAfterDelay.From(delta, clock));
        Assert.Equal(TimeSpan.FromSeconds(12), RetryAfterDelay.From(date, clock));
        Assert.Equal(TimeSpan.Zero, RetryAfterDelay.From(past, clock));
        Assert.Null(RetryAfterDelay.From(new HttpResponseMessage(), clock));
    }

    private static KlingClientOptions ValidOptions() => new() { ApiKey = "sk-valid-key-123456" };
}
