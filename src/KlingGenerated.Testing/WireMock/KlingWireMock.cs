using WireMock.Admin.Mappings;
using WireMock.Logging;
using WireMock.Matchers;
using WireMock.Server;
using WireMock.Settings;

namespace KlingGenerated.Testing;

/// <summary>
/// WireMock.Net, in this process, set up for Kling: bound to loopback on a free port, able to play the
/// transport faults of <see cref="SandboxFault"/>, and able to check request bodies against the spec's
/// JSON Schemas from mapping files (<see cref="RequestSchemaMatcher.Name"/>).
/// </summary>
/// <example><code>
/// using var server = KlingWireMock.Start();
/// server.AddKlingContract();
/// var client = new KlingClient(new HttpClient { BaseAddress = new Uri(server.Url!) });
/// </code></example>
public static class KlingWireMock
{
    /// <summary>How many requests the server's log keeps; WireMock.Net's own default keeps them all.</summary>
    public const int DefaultMaxRequestLogCount = 20_000;

    /// <summary>Starts a server with <see cref="CreateSettings"/>; dispose or <c>Stop()</c> it to free the port.</summary>
    /// <param name="port">The loopback port; 0 (the default) takes a free one.</param>
    public static WireMockServer Start(int port = 0) => WireMockServer.Start(CreateSettings(port));

    /// <summary>
    /// Settings a user can change further before <c>WireMockServer.Start(settings)</c>. They keep the
    /// fault middleware and the request-schema matcher, which the Kling mappings rely on.
    /// </summary>
    /// <param name="port">The loopback port; 0 (the default) takes a free one.</param>
    public static WireMockServerSettings CreateSettings(int port = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, 65535);
        return new WireMockServerSettings
        {
            Urls = [$"http://127.0.0.1:{port}"],
            StartAdminInterface = false,
            MaxRequestLogCount = DefaultMaxRequestLogCount,
            Logger = new WireMockNullLogger(),
            PreWireMockMiddlewareInit = KlingFaultMiddleware.Install,
            CustomMatcherMappings = new Dictionary<string, Func<MatcherModel, IMatcher>>
            {
                [RequestSchemaMatcher.Name] = RequestSchemaMatcher.FromModel,
            },
        };
    }

    /// <summary>The server's root, ending with '/': the base address a Kling client needs.</summary>
    public static Uri BaseUri(this WireMockServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        return new Uri(server.Url!.TrimEnd('/') + "/");
    }
}
