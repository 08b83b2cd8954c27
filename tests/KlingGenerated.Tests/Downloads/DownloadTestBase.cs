using KlingGenerated.Testing;
using Newtonsoft.Json.Linq;

namespace KlingGenerated.Tests.Downloads;

/// <summary>
/// WireMock as the result host (reached as "localhost", a different authority from the Kling client's
/// 127.0.0.1), a fresh temporary folder per test, and a fixed clock for sidecar times.
/// </summary>
public abstract class DownloadTestBase(WireMockFixture fixture) : IAsyncLifetime
{
    protected const int Length = 1000;

    protected WireMockServer Server => fixture.Server;

    /// <summary>Deterministic, not all ASCII, so a byte out of place is noticed.</summary>
    protected static byte[] Content { get; } = Enumerable.Range(0, Length).Select(i => (byte)((i * 7) + 3)).ToArray();

    protected FakeTimeProvider Clock { get; } = new();

    protected string Folder { get; } = Directory.CreateTempSubdirectory("kling-download-").FullName;

    protected KlingResultDownloader Downloader => new(new HttpClient(), timeProvider: Clock);

    /// <summary>No pause between attempts, so no test sleeps.</summary>
    protected static KlingDownloadOptions NoPause(bool overwrite = false, bool sidecar = false, int attempts = 4) =>
        new() { Overwrite = overwrite, WriteSidecar = sidecar, MaxAttempts = attempts, RetryDelay = TimeSpan.Zero };

    public Task InitializeAsync() => Server.ResetAsync();

    public Task DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }

    protected Uri Url(string path) => new($"http://localhost:{Server.Port}{path}");

    protected Task StubAsync(string path, JObject response, string? scenario = null, string? required = null, string? next = null, JObject? headers = null)
    {
        var mapping = new JObject
        {
            ["priority"] = 1,
            ["request"] = new JObject { ["method"] = "GET", ["urlPath"] = path },
            ["response"] = response,
        };
        if (headers is not null)
        {
            mapping["request"]!["headers"] = headers;
        }

        if (scenario is not null)
        {
            mapping["scenarioName"] = scenario;
            mapping["requiredScenarioState"] = required;
            if (next is not null)
            {
                mapping["newScenarioState"] = next;
            }
        }

        return Server.AddMappingAsync(mapping);
    }

    /// <summary>The whole file, 200.</summary>
    protected static JObject Whole(string contentType = "video/mp4") => new()
    {
        ["status"] = 200,
        ["headers"] = new JObject
        {
            ["Content-Type"] = contentType,
            ["Content-Length"] = Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Accept-Ranges"] = "bytes",
            ["ETag"] = "\"v1\"",
        },
        ["base64Body"] = Convert.ToBase64String(Content),
    };

    /// <summary>The first <paramref name="sent"/> bytes under a Content-Length of the whole file, then the connection closes.</summary>
    protected static JObject Truncated(int sent) => new()
    {
        ["status"] = 200,
        ["headers"] = new JObject
        {
            ["Content-Type"] = "video/mp4",
            ["Content-Length"] = Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Accept-Ranges"] = "bytes",
            ["ETag"] = "\"v1\"",
        },
        ["base64Body"] = Convert.ToBase64String(Content[..sent]),
    };

    /// <summary>The rest of the file from <paramref name="from"/>, 206.</summary>
    protected static JObject Rest(int from) => new()
    {
        ["status"] = 206,
        ["headers"] = new JObject
        {
            ["Content-Type"] = "video/mp4",
            ["Content-Range"] = $"bytes {from}-{Length - 1}/{Length}",
            ["ETag"] = "\"v1\"",
        },
        ["base64Body"] = Convert.ToBase64String(Content[from..]),
    };

    protected static TaskData VideoTask(string taskId, Uri url) =>
        new() { TaskId = taskId, TaskStatus = "succeed", TaskResult = new TaskResult { Videos = [new VideoResult { Id = "v", Url = url.ToString(), Duration = "5" }] } };

    /// <summary>Everything in the test folder (recursively), relative, so a stray temporary file is seen.</summary>
    protected string[] FolderEntries() =>
        Directory.GetFileSystemEntries(Folder, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(Folder, p)).Order().ToArray();
}
