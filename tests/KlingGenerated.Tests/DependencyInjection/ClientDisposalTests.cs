namespace KlingGenerated.Tests.DependencyInjection;

public sealed class ClientDisposalTests
{
    [Fact]
    public async Task Dispose_ClientBuiltFromOptions_ReleasesItsOwnHttpClient()
    {
        var client = new KlingClient(new KlingClientOptions { ApiKey = "sk-dispose-test-1234", BaseUrl = new Uri("http://127.0.0.1:9/") });

        client.Dispose();
        client.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => client.GetImageToVideoTaskAsync("t-1"));
    }

    [Fact]
    public async Task Dispose_ClientAroundAGivenHttpClient_LeavesItToItsOwner()
    {
        using var http = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:9/") };
        var client = new KlingClient(http);

        client.Dispose();

        // Still usable by its owner: the call fails on the network, not because it was disposed.
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync("x"));
    }
}
