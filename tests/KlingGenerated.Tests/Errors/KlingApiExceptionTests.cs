namespace KlingGenerated.Tests.Errors;

public sealed class KlingApiExceptionTests
{
    private static readonly IReadOnlyDictionary<string, IEnumerable<string>> NoHeaders = new Dictionary<string, IEnumerable<string>>();

    private static KlingApiException Create(int status, string? body, IReadOnlyDictionary<string, IEnumerable<string>>? headers = null) =>
        new("generated message", status, body, headers ?? NoHeaders, null);

    [Theory]
    [InlineData(1000, 401, KlingErrorCategory.Authentication, false)]
    [InlineData(1004, 401, KlingErrorCategory.Authentication, false)]
    [InlineData(1100, 429, KlingErrorCategory.AccountOrQuota, false)]
    [InlineData(1102, 429, KlingErrorCategory.AccountOrQuota, false)]
    [InlineData(1103, 403, KlingErrorCategory.AccountOrQuota, false)]
    [InlineData(1200, 400, KlingErrorCategory.InvalidRequest, false)]
    [InlineData(1203, 404, KlingErrorCategory.InvalidRequest, false)]
    [InlineData(1300, 400, KlingErrorCategory.ContentPolicy, false)]
    [InlineData(1301, 400, KlingErrorCategory.ContentPolicy, false)]
    [InlineData(1302, 429, KlingErrorCategory.RateLimited, true)]
    [InlineData(1303, 429, KlingErrorCategory.ConcurrencyLimit, true)]
    [InlineData(1304, 429, KlingErrorCategory.IpPolicy, false)]
    [InlineData(5000, 500, KlingErrorCategory.Server, true)]
    [InlineData(5001, 503, KlingErrorCategory.Server, true)]
    [InlineData(5002, 504, KlingErrorCategory.Server, true)]
    [InlineData(1201, 200, KlingErrorCategory.InvalidRequest, false)]
    public void KlingCode_DecidesCategoryAndRetry_NotTheStatus(int code, int status, KlingErrorCategory category, bool retryable)
    {
        var error = Create(status, $$"""{"code":{{code}},"message":"m","request_id":"r-1"}""");

        Assert.Equal(code, error.KlingCode);
        Assert.Equal(category, error.Category);
        Assert.Equal(retryable, error.IsRetryable);
        Assert.Equal("r-1", error.RequestId);
        Assert.Equal(status, error.StatusCode);
        Assert.Contains($"Kling code {code}", error.Message);
    }

    [Theory]
    [InlineData(429, "", KlingErrorCategory.RateLimited, true)]
    [InlineData(500, "", KlingErrorCategory.Server, true)]
    [InlineData(503, "", KlingErrorCategory.Server, true)]
    [InlineData(500, "invalid_request", KlingErrorCategory.Server, false)]
    [InlineData(400, "invalid_request", KlingErrorCategory.InvalidRequest, false)]
    [InlineData(401, "", KlingErrorCategory.Authentication, false)]
    public void GatewayErrorBody_IsCategorizedByStatusAndGatewayCode(int status, string gatewayCode, KlingErrorCategory category, bool retryable)
    {
        var error = Create(status, $$$"""{"error":{"message":"gateway says no","type":"comet_api_error","param":"","code":"{{{gatewayCode}}}"}}""");

        Assert.Null(error.KlingCode);
        Assert.Equal(category, error.Category);
        Assert.Equal(retryable, error.IsRetryable);
        Assert.Equal("gateway says no", error.KlingMessage);
        Assert.Contains("gateway says no", error.Message);
    }

    [Fact]
    public void HtmlErrorPage_IsQuotedInTheMessage()
    {
        var error = Create(502, "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>");

        Assert.Null(error.KlingCode);
        Assert.True(error.IsRetryable);
        Assert.Contains("The response body began: \"<html><head><title>502 Bad Gateway", error.Message);
    }

    [Fact]
    public void EmptyBody_SaysSo()
    {
        var error = Create(500, string.Empty);

        Assert.Contains("The response body was empty.", error.Message);
        Assert.Equal(KlingErrorCategory.Server, error.Category);
    }

    [Fact]
    public void LongBody_IsCutToAnExcerpt()
    {
        var error = Create(500, new string('x', 10_000));

        Assert.True(error.Message.Length < 400, error.Message);
        Assert.EndsWith("...\"", error.Message);
    }

    [Fact]
    public void RetryAfterSeconds_IsRead()
    {
        var headers = new Dictionary<string, IEnumerable<string>> { ["Retry-After"] = ["7"] };

        var error = Create(429, """{"code":1303,"message":"parallel task over resource pack limit"}""", headers);

        Assert.Equal(TimeSpan.FromSeconds(7), error.RetryAfter);
        Assert.Equal(KlingErrorCategory.ConcurrencyLimit, error.Category);
    }

    [Fact]
    public void RetryAfterDate_IsMeasuredAgainstTheCallersClock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        var headers = new Dictionary<string, IEnumerable<string>> { ["Retry-After"] = ["Sun, 01 Mar 2026 12:00:30 GMT"] };

        var error = Create(429, """{"code":1302,"message":"too fast"}""", headers);

        Assert.Equal(TimeSpan.FromSeconds(30), error.RetryAfterFrom(clock));
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(TimeSpan.Zero, error.RetryAfterFrom(clock));
    }

    [Theory]
    [InlineData("Invalid token: Bearer sk-live-0123456789abcdef")]
    [InlineData("bad key sk-live-0123456789abcdef")]
    [InlineData("token eyJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJhayJ9.c2lnbmF0dXJl expired")]
    public void KeyEchoedByTheServer_IsRedactedEverywhere(string serverMessage)
    {
        var error = Create(401, $$"""{"code":1002,"message":"{{serverMessage}}"}""");

        foreach (var text in new[] { error.Message, error.ToString(), error.Response!, error.KlingMessage! })
        {
            Assert.DoesNotContain("0123456789abcdef", text);
            Assert.DoesNotContain("c2lnbmF0dXJl", text);
            Assert.Contains("[REDACTED]", text);
        }
    }
}
