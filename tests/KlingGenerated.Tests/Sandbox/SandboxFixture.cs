using KlingGenerated.Testing;

namespace KlingGenerated.Tests.Sandbox;

/// <summary>One sandbox for the whole collection; each test starts from a reset.</summary>
public sealed class SandboxFixture : IAsyncLifetime
{
    private KlingSandbox? _sandbox;

    public KlingSandbox Sandbox => _sandbox ?? throw new InvalidOperationException("The sandbox has not started.");

    public async Task InitializeAsync() => _sandbox = await KlingSandbox.StartAsync();

    public async Task DisposeAsync()
    {
        if (_sandbox is not null)
        {
            await _sandbox.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SandboxCollection : ICollectionFixture<SandboxFixture>
{
    public const string Name = "Kling sandbox";
}

/// <summary>Resets the shared sandbox before each test and gives it a client.</summary>
public abstract class SandboxTestBase(SandboxFixture fixture) : IAsyncLifetime
{
    protected KlingSandbox Sandbox { get; } = fixture.Sandbox;

    protected KlingClient Client { get; } = fixture.Sandbox.CreateClient();

    public Task InitializeAsync() => Sandbox.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    protected static ImageToVideoRequest ImageToVideo(string? externalTaskId = null) => new()
    {
        Image = KlingImage.FromUrl("https://example.com/first-frame.png"),
        Prompt = "The cat turns its head and blinks.",
        ExternalTaskId = externalTaskId,
    };
}
