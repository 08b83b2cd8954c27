using KlingGenerated.Testing;

namespace KlingGenerated.Tests.Contract;

/// <summary>Resets WireMock to the contract before each test and reads back what the client sent.</summary>
public abstract class ContractTestBase(WireMockFixture fixture) : IAsyncLifetime
{
    protected const string TaskId = "861309198188019719";

    protected WireMockFixture Fixture { get; } = fixture;

    protected KlingClient Client { get; } = fixture.CreateClient();

    public Task InitializeAsync() => Fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>The one request WireMock received, checked for the headers every Kling call carries.</summary>
    protected async Task<RecordedRequest> SingleRequestAsync(string method, string path)
    {
        var requests = Fixture.Server.ReceivedRequests();
        var request = Assert.Single(requests);
        Assert.True(request.WasMatched, $"No contract mapping matched {request}.");
        Assert.Equal(method, request.Method);
        Assert.Equal(path, request.Path);
        Assert.Equal($"Bearer {WireMockFixture.TestKey}", request.Header("Authorization"));
        Assert.Contains("application/json", request.Header("Accept"));
        if (method == "POST")
        {
            Assert.StartsWith("application/json", request.Header("Content-Type"));
        }

        return request;
    }
}
