using KlingGenerated.Testing;

namespace KlingGenerated.Tests;

/// <summary>
/// One real WireMock server for the whole collection, its root holding the contract mappings, so a
/// reset between tests brings back exactly the contract.
/// </summary>
public sealed class WireMockFixture : IAsyncLifetime
{
    public const string TestKey = "sk-test-0123456789abcdef";

    private WireMockServer? _server;

    public WireMockServer Server => _server ?? throw new InvalidOperationException("WireMock has not started.");

    public async Task InitializeAsync()
    {
        var root = Directory.CreateTempSubdirectory("kling-contract-").FullName;
        Directory.CreateDirectory(Path.Combine(root, "mappings"));
        foreach (var file in ContractMappings.Files)
        {
            File.Copy(file, Path.Combine(root, "mappings", Path.GetFileName(file)));
        }

        _server = await WireMockServer.StartAsync(new WireMockServerOptions { RootDirectory = root });
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            var root = _server.RootDirectory;
            await _server.DisposeAsync();
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>A generated client pointed at the server, with a bearer key and no resilience.</summary>
    public KlingClient CreateClient(string? key = TestKey)
    {
        var http = new HttpClient { BaseAddress = Server.BaseUri };
        if (key is not null)
        {
            http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        }

        return new KlingClient(http);
    }
}

[CollectionDefinition(Name)]
public sealed class WireMockCollection : ICollectionFixture<WireMockFixture>
{
    public const string Name = "WireMock";
}
