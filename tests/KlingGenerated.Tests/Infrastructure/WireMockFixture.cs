using KlingGenerated.Testing;
using WireMock.Server;

namespace KlingGenerated.Tests;

/// <summary>
/// One WireMock.Net server for the whole collection, holding the contract mappings, so a reset
/// between tests brings back exactly the contract.
/// </summary>
public sealed class WireMockFixture : IDisposable
{
    public const string TestKey = "sk-test-0123456789abcdef";

    public WireMockServer Server { get; } = KlingWireMock.Start().AddKlingContract();

    public Uri BaseUri => Server.BaseUri();

    /// <summary>Forgets every request, scenario and extra mapping, and loads the contract again.</summary>
    public Task ResetAsync()
    {
        Server.ResetMappings();
        Server.ResetScenarios();
        Server.ResetLogEntries();
        Server.AddKlingContract();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        Server.Stop();
        Server.Dispose();
    }

    /// <summary>A generated client pointed at the server, with a bearer key and no resilience.</summary>
    public KlingClient CreateClient(string? key = TestKey)
    {
        var http = new HttpClient { BaseAddress = BaseUri };
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
