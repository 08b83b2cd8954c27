using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace KlingGenerated.Testing;

/// <summary>
/// The real WireMock server (the Java standalone jar) on a free loopback port, driven through its
/// admin API. Start it with <see cref="StartAsync"/>, dispose it to stop it. Several can run side by side.
/// </summary>
/// <remarks>
/// On Linux and macOS the JVM runs under a small shell watchdog that stops it when this process's
/// end of a pipe closes, so a test run that is killed leaves no Java process behind.
/// </remarks>
public sealed partial class WireMockServer : IAsyncDisposable
{
    // WireMock prints its settings after start, one of them the port it really bound.
    [GeneratedRegex(@"^port:\s+(\d+)\s*$")]
    private static partial Regex PortLine();

    // Runs java in the background and kills it as soon as stdin reaches end of file.
    private const string Watchdog =
        "exec 3<&0; \"$0\" \"$@\" </dev/null & child=$!; " +
        "( while read -r _; do :; done; kill \"$child\" 2>/dev/null ) <&3 & " +
        "wait \"$child\"";

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly string? _ownedRootDirectory;
    private bool _disposed;

    private WireMockServer(Process process, string rootDirectory, string? ownedRootDirectory)
    {
        _process = process;
        RootDirectory = rootDirectory;
        _ownedRootDirectory = ownedRootDirectory;
        Admin = new HttpClient();
    }

    /// <summary>The server's root, ending with '/': give it to a client as its base address.</summary>
    public Uri BaseUri { get; private set; } = default!;

    /// <summary>The loopback port the server listens on.</summary>
    public int Port { get; private set; }

    /// <summary>WireMock's root folder (mappings/ and __files/).</summary>
    public string RootDirectory { get; }

    /// <summary>What the server printed so far, for diagnosing a failed start.</summary>
    public string Output { get { lock (_output) { return _output.ToString(); } } }

    private HttpClient Admin { get; }

    /// <summary>Starts a server and waits until it answers its health check.</summary>
    public static async Task<WireMockServer> StartAsync(WireMockServerOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new WireMockServerOptions();
        var jar = WireMockJarLocator.FindJar(options.JarPath);
        var java = WireMockJarLocator.FindJava(options.JavaPath);
        var owned = options.RootDirectory is null ? Directory.CreateTempSubdirectory("kling-wiremock-").FullName : null;
        var root = options.RootDirectory ?? owned!;
        Directory.CreateDirectory(Path.Combine(root, "mappings"));
        Directory.CreateDirectory(Path.Combine(root, "__files"));

        var start = CreateStartInfo(java, jar, root, options);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var server = new WireMockServer(process, root, owned);
        var portFound = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) => server.OnOutput(e.Data, portFound);
        process.ErrorDataReceived += (_, e) => server.OnOutput(e.Data, null);
        process.Exited += (_, _) => portFound.TrySetException(new InvalidOperationException(
            "WireMock exited before it started. Its output:\n" + server.Output));

        try
        {
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.StartTimeout);
            server.Port = await portFound.Task.WaitAsync(timeout.Token).ConfigureAwait(false);
            server.BaseUri = new Uri($"http://127.0.0.1:{server.Port}/");
            server.Admin.BaseAddress = new Uri(server.BaseUri, "__admin/");
            await server.WaitUntilHealthyAsync(timeout.Token).ConfigureAwait(false);
            return server;
        }
        catch (Exception ex) when (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw new TimeoutException($"WireMock did not start within {options.StartTimeout}. Its output:\n{server.Output}", ex);
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static ProcessStartInfo CreateStartInfo(string java, string jar, string root, WireMockServerOptions options)
    {
        var start = new ProcessStartInfo
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
        };
        if (!OperatingSystem.IsWindows())
        {
            start.FileName = "/bin/sh";
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(Watchdog);
        }

        var arguments = new List<string>
        {
            "-Xss512k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
            "-jar", jar,
            "--port", options.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--bind-address", "127.0.0.1",
            "--root-dir", root,
            "--disable-banner",
            "--async-response-enabled=true",
            "--max-request-journal-entries", "20000",
        };
        arguments.AddRange(options.ExtraArguments);
        if (OperatingSystem.IsWindows())
        {
            start.FileName = java;
        }
        else
        {
            start.ArgumentList.Add(java);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    private void OnOutput(string? line, TaskCompletionSource<int>? portFound)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            if (_output.Length < 64 * 1024)
            {
                _output.AppendLine(line);
            }
        }

        if (portFound is not null && PortLine().Match(line) is { Success: true } match)
        {
            portFound.TrySetResult(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private async Task WaitUntilHealthyAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                using var response = await Admin.GetAsync("health", cancellationToken).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(50, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Stops the server: a clean shutdown first, then the process tree is killed if it lingers.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            if (!_process.HasExited && Admin.BaseAddress is not null)
            {
                using var shutdown = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                try
                {
                    using var _ = await Admin.PostAsync("shutdown", null, shutdown.Token).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
                {
                    // Already going down; the kill below makes sure.
                }
            }

            StopProcess();
        }
        finally
        {
            Admin.Dispose();
            _process.Dispose();
            if (_ownedRootDirectory is not null)
            {
                try { Directory.Delete(_ownedRootDirectory, recursive: true); }
                catch (IOException) { }
                catch (UnauthorizedAccessException) { }
            }
        }
    }

    private void StopProcess()
    {
        try
        {
            if (_process.HasExited)
            {
                return;
            }

            _process.StandardInput.Close();
            if (!_process.WaitForExit(TimeSpan.FromSeconds(5)))
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(TimeSpan.FromSeconds(5));
            }
        }
        catch (InvalidOperationException)
        {
            // The process never started.
        }
    }
}
