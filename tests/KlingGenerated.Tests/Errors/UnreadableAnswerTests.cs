namespace KlingGenerated.Tests.Errors;

/// <summary>An answer that could not be read is told apart from a refusal by the API, in IsUnreadable and in the message.</summary>
public sealed class UnreadableAnswerTests
{
    private static readonly IReadOnlyDictionary<string, IEnumerable<string>> NoHeaders = new Dictionary<string, IEnumerable<string>>();

    [Theory]
    [InlineData(200, "<html><body>proxy page</body></html>")]
    [InlineData(200, "{\"code\":0,\"data\":{\"task_id\":\"t-")]
    [InlineData(200, "")]
    [InlineData(200, "{\"code\":0,\"message\":\"SUCCEED\",\"data\":\"garbage\"}")]
    [InlineData(502, "<html><head><title>502 Bad Gateway</title></head></html>")]
    [InlineData(500, "")]
    public void AnswerThatCouldNotBeRead_IsUnreadable_AndSaysSo(int status, string body)
    {
        var error = new KlingApiException("Could not deserialize the response body string as KlingGenerated.TaskResponse.", status, body, NoHeaders, null);

        Assert.True(error.IsUnreadable);
        Assert.Contains("the answer could not be read", error.Message);
        Assert.DoesNotContain("refused", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(429, "{\"code\":1303,\"message\":\"parallel task over resource pack limit\"}")]
    [InlineData(200, "{\"code\":1201,\"message\":\"task_id is invalid\"}")]
    [InlineData(401, "<html>Unauthorized</html>")]
    [InlineData(400, "{\"error\":{\"message\":\"bad\",\"code\":\"invalid_request\"}}")]
    [InlineData(500, "{\"code\":5000,\"message\":\"internal\"}")]
    [InlineData(400, "{\"code\":1099511627776,\"message\":\"odd\"}")]
    public void RefusalByTheApi_IsNotUnreadable(int status, string body)
    {
        var error = new KlingApiException("The service refused the request.", status, body, NoHeaders, null);

        Assert.False(error.IsUnreadable);
        Assert.DoesNotContain("could not be read", error.Message);
    }
}
