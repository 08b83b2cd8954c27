using KlingGenerated.Testing;

namespace KlingGenerated.Tests.Sandbox;

/// <summary>
/// The test assembly's entry point. With <c>--kling-sandbox-host</c> it hosts a sandbox until it is
/// killed, so a test can kill a real process hosting one and see that nothing outlives it.
/// Otherwise it does nothing, like the entry point the test SDK would have generated.
/// </summary>
public static class SandboxHostProgram
{
    public const string HostArgument = "--kling-sandbox-host";

    public static async Task<int> Main(string[] args)
    {
        if (args is not [HostArgument])
        {
            return 0;
        }

        await using var sandbox = await KlingSandbox.StartAsync();
        Console.WriteLine($"ready {sandbox.BaseUri}");
        await Console.In.ReadLineAsync();
        return 0;
    }
}
