using KlingGenerated.Testing;

namespace KlingGenerated.Tests.Snippets;

/// <summary>The README's WireMock contract example, compiled; the contract tests run the same calls.</summary>
public static class ContractSnippets
{
    public static async Task<IReadOnlyList<RecordedRequest>> LoadTheContractAsync()
    {
        #region Snippet:ContractMappings
        await using var server = await WireMockServer.StartAsync();
        await ContractMappings.LoadIntoAsync(server);
        // ... point a KlingClient at server.BaseUri, call it ...
        var requests = await server.GetRequestsAsync(); // what your code really sent
        #endregion
        return requests;
    }
}
