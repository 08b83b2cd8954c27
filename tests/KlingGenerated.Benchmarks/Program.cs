using BenchmarkDotNet.Running;

// Run with: dotnet run -c Release --project tests/KlingGenerated.Benchmarks -- --filter '*'
// Every benchmark class has a [Benchmark(Baseline = true)] method, so the Ratio column compares
// against it in the same run.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
