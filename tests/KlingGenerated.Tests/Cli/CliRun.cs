using KlingGenerated.Cli;
using Newtonsoft.Json.Linq;

namespace KlingGenerated.Tests.Cli;

/// <summary>Runs the real <c>kling</c> command in-process, with its own folder, environment and captured output.</summary>
internal sealed class CliRun : IDisposable
{
    private readonly Dictionary<string, string> _environment = new(StringComparer.Ordinal);

    public CliRun() => Folder = Directory.CreateTempSubdirectory("kling-cli-").FullName;

    /// <summary>The current folder of the command.</summary>
    public string Folder { get; }

    public string Output { get; private set; } = string.Empty;

    public string Error { get; private set; } = string.Empty;

    public static string Sample(string name) => Path.Combine(Repository.Root, "src", "KlingGenerated.Cli", "Samples", name);

    public CliRun WithEnvironment(string name, string value)
    {
        _environment[name] = value;
        return this;
    }

    public async Task<int> RunAsync(params string[] args) => await RunAsync(CancellationToken.None, args);

    public async Task<int> RunAsync(CancellationToken cancellationToken, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var host = new CliHost(output, error, errorIsTerminal: false, name => _environment.GetValueOrDefault(name), Folder);
        var code = await KlingCommandLine.RunAsync(args, host, cancellationToken);
        (Output, Error) = (output.ToString(), error.ToString());
        return code;
    }

    /// <summary>Stdout as the one JSON object --json promises.</summary>
    public JObject Json()
    {
        var lines = Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, $"Expected exactly one line of JSON on stdout, got:\n{Output}");
        return JObject.Parse(lines[0]);
    }

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { }
    }
}
