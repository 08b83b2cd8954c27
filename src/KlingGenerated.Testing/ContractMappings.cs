namespace KlingGenerated.Testing;

/// <summary>
/// The WireMock mapping files that are the Kling contract: one per operation of the spec, answering
/// with the spec's documented example, plus the 401 every route gives without a key. They ship
/// beside this assembly (contract/mappings), so users' tests load the same files as ours.
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

    /// <summary>
    /// The folder holding the sandbox's mapping files: per operation of the spec, how a request is
    /// checked and routed (see <see cref="KlingSandbox"/>). They name the request schema and the
    /// sandbox's desk with placeholders the sandbox fills in when it starts.
    /// </summary>
    public static string SandboxDirectory => Path.Combine(AppContext.BaseDirectory, "contract", "sandbox");

    /// <summary>Loads every contract mapping into a server.</summary>
    public static Task LoadIntoAsync(WireMockServer server, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(server);
        return server.LoadMappingsAsync(Files, cancellationToken);
    }
}
