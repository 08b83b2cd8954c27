using KlingGenerated.Testing;

namespace KlingGenerated.Tests.Snippets;

/// <summary>The README's WireMock contract example, compiled; the contract tests run the same calls.</summary>
public static class ContractSnippets
{
    public static IReadOnlyList<RecordedRequest> LoadTheContract()
    {
        #region Snippet:ContractMappings
        using var server = KlingWireMock.Start().AddKlingContract(); // WireMock.Net, in this process
        // ... point a KlingClient at server.BaseUri(), call it ...
        var requests = server.ReceivedRequests(); // what your code really sent
        #endregion
        return requests;
    }
}
