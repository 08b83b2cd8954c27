namespace KlingGenerated.Tests.Cli;

/// <summary>No key leaves the process, in any form: not in results, notes, errors, --verbose dumps, --json or parse errors.</summary>
public sealed class CliRedactionTests(WireMockFixture fixture) : CliWireMockTestBase(fixture)
{
    private const string CreatePath = "/kling/v1/videos/image2video";

    private static string Echo(IEnumerable<string> forms) =>
        $$"""{"code":1201,"message":"invalid key {{string.Join(" / ", forms)}}","request_id":"r-echo"}""";

    [Fact]
    public async Task ARefusalEchoingTheKey_RawEscapedAndEncoded_ShowsItNowhere_EvenVerbose()
    {
        Answer("POST", CreatePath, Json(400, Echo(KeyForms)));

        var code = await Cli.RunAsync(Remote("image2video", "--image", "https://example.com/a.png", "--verbose", "--json"));

        Assert.Equal(3, code);
        Assert.Contains("the API refused the request", Cli.Error);
        Assert.Contains("[REDACTED]", Cli.Error);
        Assert.Contains("[REDACTED]", Cli.Json().Value<string>("message"));
        AssertKeyNowhere();
    }

    [Fact]
    public async Task AnUnreadableAnswerEchoingTheKey_ShowsItNowhere()
    {
        Answer("GET", CreatePath + "/t-echo", Json(200, "{\"code\":0,\"data\":\"token=" + string.Concat(Key.Select(c => $"%{(int)c:x2}")) + "&raw=" + Key + "\"}"));

        var code = await Cli.RunAsync(Remote("task", "get", "image2video", "t-echo", "--verbose", "--json"));

        Assert.Equal(1, code);
        Assert.Contains("could not be read", Cli.Error);
        AssertKeyNowhere();
    }

    [Fact]
    public async Task AKeyFromTheEnvironment_EchoedByTheServer_IsRemoved()
    {
        Answer("POST", CreatePath, Json(401, Echo([Key])));
        Cli.WithEnvironment("KLING_API_KEY", Key);

        var code = await Cli.RunAsync("image2video", "--image", "https://example.com/a.png", "--base-url", BaseUri.ToString(), "--json");

        Assert.Equal(3, code);
        AssertKeyNowhere();
        Assert.Contains("[REDACTED]", Cli.Output);
    }

    [Fact]
    public async Task Verbose_ShowsTheBaseUrl_WithoutItsQueryValues()
    {
        const string QueryKey = "qkey-8Hn3Tb6Vc2Pw";
        var baseUrl = BaseUri + "?api_key=" + QueryKey + "&region=eu-west";

        var code = await Cli.RunAsync("task", "list", "image2video", "--base-url", baseUrl, "--api-key", Key, "--verbose", "--json");

        Assert.True(code == 0, Cli.Error);
        Assert.Contains($"calling http://127.0.0.1:{Server.Port}/?api_key=[REDACTED]&region=[REDACTED]", Cli.Error);
        Assert.DoesNotContain(QueryKey, Cli.Error);
        Assert.DoesNotContain(QueryKey, Cli.Output);
    }

    [Theory]
    [InlineData("image2video", "--api-key", "--secret-key", Key)]
    [InlineData("image2video", "--api-key", "--image", Key)]
    [InlineData("--access-key", "--secret-key", Key, "image2video")]
    [InlineData("image2video", "--secret-key", "--api-key", Key, "--image", "x.png")]
    [InlineData("image2video", "--api-key=" + Key, "--bogus")]
    [InlineData("image2video", "--base-url", "https://user:" + Key + "@example.com/", "--nope")]
    [InlineData("image2video", "--image", "a.png", "--secret_key", Key)]
    [InlineData("image2video", "--image", "a.png", "--Api-Key", Key)]
    [InlineData("image2video", "--image", "a.png", "-api-key", Key)]
    [InlineData("image2video", "--image", "a.png", "--apikey", Key)]
    [InlineData("image2video", "--image", "a.png", "--token:" + Key)]
    public async Task ParseErrors_NeverEchoASecretOptionsValue(params string[] args)
    {
        var code = await Cli.RunAsync(args);

        Assert.Equal(2, code);
        Assert.Contains("nothing was sent", Cli.Error);
        AssertKeyNowhere();
        Assert.Equal(0, RequestCount);
    }

    [Fact]
    public async Task ParseErrors_NeverEchoAKeyVariablesValue()
    {
        Cli.WithEnvironment("COMETAPI_KEY", Key);

        var code = await Cli.RunAsync("image2video", "--image", "a.png", Key);

        Assert.Equal(2, code);
        Assert.Contains("Unrecognized", Cli.Error);
        AssertKeyNowhere();
    }
}
