using WireMock.Server;

namespace KlingGenerated.Testing;

/// <summary>
/// The WireMock.Net mapping files that are the Kling contract: one per operation of the spec, answering
/// with the spec's documented example, plus the 401 every route gives without a key. They ship beside
/// this assembly (contract/mappings), so users' tests load the same files as ours.
/// </summary>
public static class ContractMappings
{
    /// <summary>The folder holding the mapping files.</summary>
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "contract", "mappings");

    /// <summary>Every mapping file, in name order.</summary>
    public static IReadOnlyList<string> Files =>
        System.IO.Directory.Exists(Directory)
            ? System.IO.Directory.GetFiles(Directory, "*.json").Order(StringComparer.Ordinal).ToList()
            : throw new DirectoryNotFoundException($"The contract mappings are missing at {Directory}; they are copied there by the KlingGenerated.Testing build.");

    /// <summary>Adds every contract mapping to a server, with WireMock.Net's own reader of mapping files.</summary>
    /// <remarks>A server started without <see cref="KlingWireMock.CreateSettings"/> cannot read the files' request-schema checks.</remarks>
    public static WireMockServer AddKlingContract(this WireMockServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        foreach (var file in Files)
        {
            server.ReadStaticMappingAndAddOrUpdate(file);
        }

        return server;
    }
}
