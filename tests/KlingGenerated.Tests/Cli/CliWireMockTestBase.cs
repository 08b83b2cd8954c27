using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace KlingGenerated.Tests.Cli;

/// <summary>
/// CLI tests against the shared WireMock server, for answers the sandbox never gives (echoed keys,
/// control characters, unreadable bodies, hundreds of images). Stubs go ahead of the contract.
/// </summary>
[Collection(WireMockCollection.Name)]
public abstract class CliWireMockTestBase(WireMockFixture fixture) : IAsyncLifetime, IDisposable
{
    /// <summary>A key that no built-in pattern recognises, so only the set of known secrets can hide it.</summary>
    protected const string Key = "cometkey-5Qm2Zr8Lw1Xv";

    protected WireMockServer Server => fixture.Server;

    protected Uri BaseUri => fixture.BaseUri;

    private protected CliRun Cli { get; } = new();

    protected string[] Remote(params string[] args) =>
        [.. args, "--base-url", fixture.BaseUri.ToString(), "--api-key", Key, "--poll-interval", "0.1"];

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => Cli.Dispose();

    /// <summary>Answers <paramref name="method"/> <paramref name="path"/> ahead of the contract.</summary>
    protected void Answer(string method, string path, IResponseBuilder response) =>
        Server.Given(Request.Create().WithPath(path).UsingMethod(method)).AtPriority(1).RespondWith(response);

    protected static IResponseBuilder Json(int status, string body) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);

    /// <summary>A task answer with the given raw JSON for task_id, status and extras (already escaped as JSON).</summary>
    protected static string TaskJson(string taskIdJson, string status, string extra = "") =>
        "{\"code\":0,\"message\":\"SUCCEED\",\"request_id\":\"r-1\",\"data\":{\"task_id\":" + taskIdJson + ",\"task_status\":\"" + status +
        "\",\"task_info\":{},\"created_at\":1773380633979,\"updated_at\":1773380633979" + extra + "}}";

    protected int RequestCount => Server.LogEntries.Count();

    protected int Posts(string path) => Server.LogEntries.Count(e => e.RequestMessage.Method == "POST" && e.RequestMessage.Path == path);

    /// <summary>Every way the key could show: as is, JSON-escaped, URL-encoded in either case.</summary>
    protected static IEnumerable<string> KeyForms =>
    [
        Key,
        string.Concat(Key.Select(c => $"\\u{(int)c:x4}")),
        string.Concat(Key.Select(c => $"%{(int)c:X2}")),
        string.Concat(Key.Select(c => $"%{(int)c:x2}")),
    ];

    protected void AssertKeyNowhere()
    {
        foreach (var form in KeyForms)
        {
            Assert.DoesNotContain(form, Cli.Output, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(form, Cli.Error, StringComparison.OrdinalIgnoreCase);
        }
    }
}
