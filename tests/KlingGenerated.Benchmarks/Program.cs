using BenchmarkDotNet.Running;
using KlingGenerated.Benchmarks;

// Run with: dotnet run -c Release --project tests/KlingGenerated.Benchmarks -- --filter '*'
// Every benchmark class has a [Benchmark(Baseline = true)] method (one per category where a class
// groups by category), so the Ratio column compares against it in the same run.
if (args is [LoopbackServerProcess.Argument])
{
    return await LoopbackServerProcess.ServeAsync();
}

if (args is [SandboxMemory.Argument])
{
    return await SandboxMemory.ReportAsync();
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
