using WireMock.Server;

namespace KlingGenerated.Testing;

/// <summary>Reading WireMock.Net's request log the way Kling tests ask about it.</summary>
public static class WireMockServerExtensions
{
    /// <summary>Every request received since the log was last reset, oldest first.</summary>
    public static IReadOnlyList<RecordedRequest> ReceivedRequests(this IWireMockServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        return server.LogEntries
            .OrderBy(e => e.RequestMessage.DateTime)
            .Select(RecordedRequest.From)
            .ToList();
    }

    /// <summary>How many requests arrived with this method on exactly this path.</summary>
    public static int CountRequests(this IWireMockServer server, string method, string path)
    {
        ArgumentNullException.ThrowIfNull(server);
        return server.LogEntries.Count(e =>
            string.Equals(e.RequestMessage.Method, method, StringComparison.OrdinalIgnoreCase) &&
            string.Equals(e.RequestMessage.AbsolutePath, path, StringComparison.Ordinal));
    }
}
