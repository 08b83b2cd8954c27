using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Polly;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Retry;

namespace KlingGenerated.Tests.Resilience;

public sealed class StandardPipelineTests
{
    [Fact]
    public void KlingResilienceOptions_Defaults_AreMicrosoftsStandardOptions()
    {
        HttpStandardResilienceOptions options = new KlingResilienceOptions();

        Assert.True(((KlingResilienceOptions)options).Enabled);
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

    [Theory]
    [InlineData(429, """{"code":1303,"message":"parallel task over resource pack limit"}""", true)]
    [InlineData(429, """{"code":1102,"message":"resource pack exhausted"}""", false)]
    [InlineData(200, "<html>captive portal</html>", true)]
    [InlineData(500, """{"error":{"message":"bad","type":"comet_api_error","code":"invalid_request"}}""", false)]
    public async Task KlingResilienceOptions_RetryAndBreaker_DecideByKlingCode(int status, string body, bool expected)
    {
        var options = new KlingResilienceOptions();
        using var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent(body, Encoding.UTF8) };
        await response.Content.LoadIntoBufferAsync();
        var context = ResilienceContextPool.Shared.Get();

        Assert.Equal(expected, await options.Retry.ShouldHandle(new RetryPredicateArguments<HttpResponseMessage>(context, Outcome.FromResult(response), 0)));
        Assert.Equal(expected, await options.CircuitBreaker.ShouldHandle(new CircuitBreakerPredicateArguments<HttpResponseMessage>(context, Outcome.FromResult(response))));

        ResilienceContextPool.Shared.Return(context);
    }

    [Fact]
    public async Task KlingResilienceOptions_RetryAfter_SetsTheDelayUnlessTurnedOff()
    {
        var options = new KlingResilienceOptions();
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(7));
        var context = ResilienceContextPool.Shared.Get();

        Assert.Equal(TimeSpan.FromSeconds(7), await options.Retry.DelayGenerator!(new RetryDelayGeneratorArguments<HttpResponseMessage>(context, Outcome.FromResult(response), 0)));
        options.Retry.ShouldRetryAfterHeader = false;
        Assert.Null(options.Retry.DelayGenerator);

        ResilienceContextPool.Shared.Return(context);
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
    public async Task Transport_Disabled_HasNoResilienceHandlerAndSendsOnce()
    {
        var options = ValidOptions();
        options.Resilience.Enabled = false;
        var transport = new KlingTransport(options, loggerFactory: null, timeProvider: null);
        var calls = 0;
        var handlers = transport.CreateHandlers().ToList();

        Assert.DoesNotContain(handlers, h => h is ResilienceHandler);
        using var invoker = Chain(handlers, () =>
        {
            calls++;
            throw new HttpRequestException("reset");
        });
        await Assert.ThrowsAsync<HttpRequestException>(() => invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, "https://api.cometapi.com/kling/v1/videos/image2video/t-1"), CancellationToken.None));
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task Transport_Enabled_RetriesThroughMicrosoftsResilienceHandler()
    {
        var options = ValidOptions();
        options.Resilience = TestResilience.Fast();
        var transport = new KlingTransport(options, loggerFactory: null, timeProvider: null);
        var calls = 0;
        var handlers = transport.CreateHandlers().ToList();

        Assert.Single(handlers, h => h is ResilienceHandler);
        using var invoker = Chain(handlers, () => ++calls == 1
            ? throw new HttpRequestException("reset")
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{"code":0,"data":{"task_id":"t-1"}}""") });
        using var response = await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, "https://api.cometapi.com/kling/v1/videos/image2video/t-1"), CancellationToken.None);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task Pipeline_RateLimiterFull_RejectsWithoutCalling()
    {
        var options = ValidOptions();
        options.Resilience = TestResilience.Fast();
        options.Resilience.RateLimiter.DefaultRateLimiterOptions.PermitLimit = 1;
        var pipeline = new KlingTransport(options, loggerFactory: null, timeProvider: null).Pipeline;
        var release = new TaskCompletionSource<HttpResponseMessage>();
        var first = pipeline.ExecuteAsync(_ => new ValueTask<HttpResponseMessage>(release.Task)).AsTask();

        await Assert.ThrowsAsync<RateLimiterRejectedException>(async () =>
            await pipeline.ExecuteAsync(_ => new ValueTask<HttpResponseMessage>(new HttpResponseMessage())));

        release.SetResult(new HttpResponseMessage());
        (await first).Dispose();
    }

    [Fact]
    public async Task Pipeline_CircuitOpensAndCloses_LoggedWithTheReason()
    {
        var options = ValidOptions();
        options.Resilience = TestResilience.Fast();
        options.Resilience.Retry.MaxRetryAttempts = 1;
        options.Resilience.Retry.Delay = TimeSpan.Zero;
        options.Resilience.CircuitBreaker.MinimumThroughput = 2;
        options.Resilience.CircuitBreaker.FailureRatio = 0.5;
        var clock = new FakeTimeProvider();
        var logs = new FakeLogCollector();
        using var loggerFactory = new LoggerFactory([new FakeLoggerProvider(logs)]);
        var pipeline = new KlingTransport(options, loggerFactory, clock).Pipeline;

        (await pipeline.ExecuteAsync(_ => AnswerAsync(HttpStatusCode.ServiceUnavailable, """{"code":5001,"message":"maintenance"}"""))).Dispose();
        await Assert.ThrowsAsync<BrokenCircuitException>(async () => await pipeline.ExecuteAsync(_ => AnswerAsync(HttpStatusCode.OK, Succeeded)));
        clock.Advance(TimeSpan.FromSeconds(5));
        (await pipeline.ExecuteAsync(_ => AnswerAsync(HttpStatusCode.OK, Succeeded))).Dispose();

        Assert.Equal(
            ["The Kling circuit breaker opened for 5000 ms after HTTP 503 (Kling code 5001)", "The Kling circuit breaker closed"],
            logs.GetSnapshot().Where(e => e.Category == "KlingGenerated.Resilience" && e.Message.Contains("circuit", StringComparison.Ordinal)).Select(e => e.Message));
    }

    /// <summary>The handlers linked in order over a stand-in for the network.</summary>
    internal static HttpMessageInvoker Chain(IEnumerable<DelegatingHandler> handlers, Func<HttpResponseMessage> network)
    {
        HttpMessageHandler inner = new StubNetwork(network);
        foreach (var handler in handlers.Reverse())
        {
            handler.InnerHandler = inner;
            inner = handler;
        }

        return new HttpMessageInvoker(inner);
    }

    private const string Succeeded = """{"code":0,"data":{"task_id":"t-1"}}""";

    private static async ValueTask<HttpResponseMessage> AnswerAsync(HttpStatusCode status, string body)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8) };
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    private static KlingClientOptions ValidOptions() => new() { ApiKey = "sk-valid-key-123456" };

    private sealed class StubNetwork(Func<HttpResponseMessage> answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(answer());
    }
}
