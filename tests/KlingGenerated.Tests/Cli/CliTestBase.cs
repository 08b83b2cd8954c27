using KlingGenerated.Tests.Sandbox;

namespace KlingGenerated.Tests.Cli;

/// <summary>
/// CLI tests against the shared sandbox, reached the way a real endpoint is (--base-url and a key),
/// so each run skips starting a server of its own. Polling is fast so the sandbox's three polls take little time.
/// </summary>
public abstract class CliTestBase(SandboxFixture fixture) : SandboxTestBase(fixture), IDisposable
{
    protected const string Key = "sk-cli-test-4f9a1c2b7d";

    private protected CliRun Cli { get; } = new();

    protected string[] Remote(params string[] args) => RemoteWithPolling("0.05", args);

    protected string[] RemoteWithPolling(string pollInterval, params string[] args) =>
        [.. args, "--base-url", Sandbox.BaseUri.ToString(), "--api-key", Key, "--poll-interval", pollInterval];

    public void Dispose() => Cli.Dispose();
}
