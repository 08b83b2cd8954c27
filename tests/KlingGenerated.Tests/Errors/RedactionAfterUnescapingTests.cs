namespace KlingGenerated.Tests.Errors;

/// <summary>A key the server echoes JSON-escaped is redacted after unescaping; a failed task's reason is redacted too.</summary>
public sealed class RedactionAfterUnescapingTests
{
    private const string Key = "sk-live-abcdef0123456789";
    private static readonly IReadOnlyDictionary<string, IEnumerable<string>> NoHeaders = new Dictionary<string, IEnumerable<string>>();

    [Theory]
    [InlineData("\\u0073k-live-abcdef0123456789")]
    [InlineData("\\u0073\\u006b\\u002dlive-abcdef0123456789")]
    [InlineData("sk-live-abcdef0123456789")]
    public void EscapedKeyInTheMessage_NeverReachesTheException(string echoed)
    {
        var error = new KlingApiException("generated", 401, $$"""{"code":1002,"message":"bad key {{echoed}}","request_id":"r-1"}""", NoHeaders, null);

        Assert.DoesNotContain(Key, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, error.KlingMessage ?? string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("abcdef0123456789", error.Response ?? string.Empty, StringComparison.Ordinal);
        Assert.Contains("[REDACTED]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FailedTask_StatusMessageEchoingTheKey_IsRedacted()
    {
        var task = new TaskData { TaskId = "t-1", TaskStatus = "failed", TaskStatusMsg = "upstream said: Bearer " + Key };

        var error = new KlingTaskFailedException("t-1", KlingRoute.ImageToVideo, task);

        Assert.DoesNotContain(Key, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, error.StatusMessage ?? string.Empty, StringComparison.Ordinal);
        Assert.Contains("upstream said", error.StatusMessage);
    }
}
