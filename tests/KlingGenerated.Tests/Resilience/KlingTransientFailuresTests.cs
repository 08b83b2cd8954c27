using System.Net;
using System.Text;
using Polly;
using Polly.Timeout;

namespace KlingGenerated.Tests.Resilience;

public sealed class KlingTransientFailuresTests
{
    [Theory]
    [InlineData(429, """{"code":1302,"message":"too fast"}""", true)]
    [InlineData(429, """{"code":1303,"message":"parallel task over resource pack limit"}""", true)]
    [InlineData(429, """{"code":1100,"message":"account abnormal"}""", false)]
    [InlineData(429, """{"code":1101,"message":"arrears"}""", false)]
    [InlineData(429, """{"code":1102,"message":"resource pack exhausted"}""", false)]
    [InlineData(429, """{"code":1304,"message":"ip whitelist"}""", false)]
    [InlineData(429, """{"error":{"message":"rate limited","type":"comet_api_error","code":""}}""", true)]
    [InlineData(500, """{"code":5000,"message":"internal"}""", true)]
    [InlineData(500, """{"error":{"message":"bad","type":"comet_api_error","code":"invalid_request"}}""", false)]
    [InlineData(503, """{"code":5001,"message":"maintenance"}""", true)]
    [InlineData(504, """{"code":5002,"message":"backlog"}""", true)]
    [InlineData(502, "<html><body>Bad Gateway</body></html>", true)]
    [InlineData(400, """{"code":1201,"message":"bad value"}""", false)]
    [InlineData(401, """{"code":1004,"message":"expired"}""", false)]
    [InlineData(200, """{"code":0,"message":"SUCCEED","data":{"task_id":"1"}}""", false)]
    [InlineData(200, """{"code":1303,"message":"parallel task over resource pack limit"}""", true)]
    [InlineData(200, """{"code":1201,"message":"bad value"}""", false)]
    [InlineData(200, "<html>captive portal</html>", true)]
    [InlineData(200, "", true)]
    public async Task IsTransient_Response_DecidedByKlingCodeNotStatus(int status, string body, bool expected)
    {
        using var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent(body, Encoding.UTF8) };
        await response.Content.LoadIntoBufferAsync();

        Assert.Equal(expected, KlingTransientFailures.IsTransient(response));
    }

    [Fact]
    public void IsTransient_Exceptions_FollowTheStandardPipeline()
    {
        Assert.True(KlingTransientFailures.IsTransient(new HttpRequestException("reset"), CancellationToken.None));
        Assert.True(KlingTransientFailures.IsTransient(new TimeoutRejectedException(), CancellationToken.None));
        Assert.True(KlingTransientFailures.IsTransient(new HttpIOException(HttpRequestError.ResponseEnded), CancellationToken.None));
        Assert.True(KlingTransientFailures.IsTransient(new TaskCanceledException("timeout", new TimeoutException()), CancellationToken.None));
        Assert.False(KlingTransientFailures.IsTransient(new TaskCanceledException("timeout", new TimeoutException()), new CancellationToken(canceled: true)));
        Assert.False(KlingTransientFailures.IsTransient(new OperationCanceledException(), CancellationToken.None));
        Assert.False(KlingTransientFailures.IsTransient(new Polly.RateLimiting.RateLimiterRejectedException(), CancellationToken.None));
    }

    [Fact]
    public void ShouldRetry_CallerCancelled_IsFalse()
    {
        var context = ResilienceContextPool.Shared.Get(new CancellationToken(canceled: true));

        Assert.False(KlingTransientFailures.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new HttpRequestException("reset")), context));

        ResilienceContextPool.Shared.Return(context);
    }

    [Theory]
    [InlineData(HttpRequestError.NameResolutionError, true)]
    [InlineData(HttpRequestError.ConnectionError, true)]
    [InlineData(HttpRequestError.SecureConnectionError, true)]
    [InlineData(HttpRequestError.ResponseEnded, false)]
    [InlineData(HttpRequestError.InvalidResponse, false)]
    [InlineData(HttpRequestError.Unknown, false)]
    public void ProvesNotSent_OnlyConnectionEstablishmentFailures(HttpRequestError error, bool expected) =>
        Assert.Equal(expected, KlingTransientFailures.ProvesNotSent(new HttpRequestException(error, "failed")));
}
