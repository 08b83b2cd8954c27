using BenchmarkDotNet.Running;
using KlingGenerated.Benchmarks;
using KlingGenerated.Benchmarks.Hostile;

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

if (args is [EndlessMemoryReport.Argument])
{
    return await EndlessMemoryReport.ReportAsync();
}

if (args is [EndlessMemoryClient.Argument, var scenario, var baseUrl])
{
    return await EndlessMemoryClient.RunAsync(scenario, baseUrl);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
