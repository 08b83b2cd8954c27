using System.Diagnostics;
using System.Text;

namespace KlingGenerated.PackageTests;

/// <summary>Runs the dotnet CLI (or an installed tool) as a user's shell would, with its output captured for the assertion message.</summary>
internal static class DotnetProcess
{
    /// <summary>The dotnet that runs these tests, so the nested builds use the same SDK and runtime.</summary>
    public static string DotnetRoot { get; } =
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));

    public static string DotnetExe => Path.Combine(DotnetRoot, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");

    public static Task<ProcessResult> DotnetAsync(string workingDirectory, TimeSpan timeout, params string[] args) =>
        RunAsync(DotnetExe, workingDirectory, timeout, args);

    public static async Task<ProcessResult> RunAsync(string fileName, string workingDirectory, TimeSpan timeout, params string[] args)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        CleanEnvironment(start.Environment);
        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        var clock = Stopwatch.StartNew();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Append(output, $"[killed after {timeout.TotalSeconds:0} s]");
            return new ProcessResult(Describe(fileName, args), -1, Text(output), clock.Elapsed);
        }

        return new ProcessResult(Describe(fileName, args), process.ExitCode, Text(output), clock.Elapsed);
    }

    // `dotnet test` hands the test host MSBuild's and VSTest's own variables (MSBuildExtensionsPath,
    // MSBUILD_EXE_PATH, VSTEST_*): a nested dotnet would load the outer build's MSBuild or act as a test host.
    private static void CleanEnvironment(IDictionary<string, string?> environment)
    {
        foreach (var name in environment.Keys.ToList())
        {
            if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("TESTINGPLATFORM", StringComparison.OrdinalIgnoreCase)
                || name.Equals("DOTNET_HOST_PATH", StringComparison.OrdinalIgnoreCase))
            {
                environment.Remove(name);
            }
        }

        // No build server or node may outlive the command: it would hold the output pipes open and leave
        // processes behind on the build machine.
        environment["MSBUILDDISABLENODEREUSE"] = "1";
        environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        environment["UseSharedCompilation"] = "false";
        environment["DOTNET_ROOT"] = DotnetRoot;
        environment["DOTNET_NOLOGO"] = "1";
        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    private static string Describe(string fileName, string[] args) => Path.GetFileName(fileName) + " " + string.Join(' ', args);
}
