using System.Diagnostics;
using System.Reflection;

namespace KlingGenerated.Benchmarks;

/// <summary>
/// Runs a <see cref="LoopbackKlingServer"/> in a child process. MemoryDiagnoser counts every byte the
/// benchmark process allocates, on any thread, so an in-process server's allocations would be added to
/// both sides of a ratio and shrink it; out of process, what is measured is the client alone.
/// </summary>
public sealed class LoopbackServerProcess : IDisposable
{
    /// <summary>The argument that makes this assembly serve instead of benchmarking (see Program.cs).</summary>
    public const string Argument = "--loopback-server";

    private readonly Process _process;

    public LoopbackServerProcess()
    {
        // BenchmarkDotNet runs each benchmark from a generated entry assembly that references this one:
        // borrow its runtimeconfig and deps to run this assembly's Main in a new process.
        var entry = Assembly.GetEntryAssembly()!.Location;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "exec", "--runtimeconfig", Path.ChangeExtension(entry, ".runtimeconfig.json"), "--depsfile", Path.ChangeExtension(entry, ".deps.json"),
                     typeof(LoopbackServerProcess).Assembly.Location, Argument,
                 })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the loopback server process.");
        var line = _process.StandardOutput.ReadLine() ?? throw new InvalidOperationException("The loopback server process exited before it listened.");
        BaseUri = new Uri(line);
    }

    public Uri BaseUri { get; }

    /// <summary>The child's side: serve until the parent closes standard input (or dies, which closes it too).</summary>
    public static async Task<int> ServeAsync()
    {
        await using var server = new LoopbackKlingServer();
        Console.WriteLine(server.BaseUri);
        Console.Out.Flush();
        await Console.In.ReadToEndAsync();
        return 0;
    }

    public void Dispose()
    {
        _process.StandardInput.Close();
        if (!_process.WaitForExit(TimeSpan.FromSeconds(10)))
        {
            _process.Kill();
        }

        _process.Dispose();
    }
}
