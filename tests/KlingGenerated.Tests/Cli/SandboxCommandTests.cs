namespace KlingGenerated.Tests.Cli;

public sealed class SandboxCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    [Fact]
    public async Task Sandbox_PrintsItsBaseUrl_AnswersKlingRoutes_AndStopsOnCancel()
    {
        using var stop = new CancellationTokenSource();
        using var output = new StringWriter();
        var host = new KlingGenerated.Cli.CliHost(output, TextWriter.Null, false, _ => null, _cli.Folder);
        var run = KlingGenerated.Cli.KlingCommandLine.RunAsync(["sandbox", "--json"], host, stop.Token);
        while (!output.ToString().Contains('\n', StringComparison.Ordinal))
        {
            Assert.False(run.IsCompleted, "The sandbox command ended before printing its URL.");
            await Task.Delay(50);
        }

        var baseUrl = new Uri(Newtonsoft.Json.Linq.JObject.Parse(output.ToString()).Value<string>("base_url")!);
        using var http = new HttpClient { BaseAddress = baseUrl };
        http.DefaultRequestHeaders.Authorization = new("Bearer", "any-key");
        var created = await new KlingClient(http).CreateImageToVideoTaskAsync(new ImageToVideoRequest { Image = KlingImage.FromUrl("https://example.com/a.png") });
        stop.Cancel();

        Assert.Equal(0, await run);
        Assert.Equal("submitted", created.Data!.TaskStatus);
        using var fresh = new HttpClient { BaseAddress = baseUrl }; // a new connection: nothing listens any more
        await Assert.ThrowsAsync<HttpRequestException>(() => fresh.GetAsync("kling/v1/videos/image2video"));
    }

    [Fact]
    public async Task UnreachableServer_Exits1_WithOneLine()
    {
        var code = await _cli.RunAsync("image2video", "--image", "https://example.com/a.png", "--base-url", "http://127.0.0.1:9/", "--api-key", "sk-unreachable-123456");

        Assert.Equal(1, code);
        var lines = _cli.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("kling: ", lines[^1]);
        Assert.DoesNotContain("sk-unreachable-123456", _cli.Error);
        Assert.DoesNotContain("   at ", _cli.Error);
    }

    public void Dispose() => _cli.Dispose();
}
