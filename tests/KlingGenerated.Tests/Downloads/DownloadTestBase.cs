using KlingGenerated.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace KlingGenerated.Tests.Downloads;

/// <summary>
/// WireMock as the result host (reached as "localhost", a different authority from the Kling client's
/// 127.0.0.1), a fresh temporary folder per test, and a fixed clock for sidecar times.
/// </summary>
public abstract class DownloadTestBase(WireMockFixture fixture) : IAsyncLifetime
{
    protected const int Length = 1000;

    /// <summary>The state a scenario starts in; a stub for it is the scenario's first step.</summary>
    protected const string Started = "Started";

    protected WireMockServer Server => fixture.Server;

    /// <summary>Deterministic, not all ASCII, so a byte out of place is noticed.</summary>
    protected static byte[] Content { get; } = Enumerable.Range(0, Length).Select(i => (byte)((i * 7) + 3)).ToArray();

    protected FakeTimeProvider Clock { get; } = new();

    protected string Folder { get; } = Directory.CreateTempSubdirectory("kling-download-").FullName;

    protected KlingResultDownloader Downloader => new(new HttpClient(), timeProvider: Clock);

    /// <summary>No pause between attempts, so no test sleeps.</summary>
    protected static KlingDownloadOptions NoPause(bool overwrite = false, bool sidecar = false, int attempts = 4) =>
        new() { Overwrite = overwrite, WriteSidecar = sidecar, MaxAttempts = attempts, RetryDelay = TimeSpan.Zero };

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }

    protected Uri Url(string path) => new($"http://localhost:{Server.Port}{path}");

    /// <summary>
    /// Answers GETs of <paramref name="path"/> with <paramref name="response"/>, ahead of the contract. In a
    /// scenario, the stub answers in state <paramref name="required"/> and moves to <paramref name="next"/>,
    /// or stays where it is without one.
    /// </summary>
    protected void Stub(string path, IResponseBuilder response, string? scenario = null, string? required = null, string? next = null)
    {
        var stub = Server.Given(Request.Create().WithPath(path).UsingGet()).AtPriority(1);
        if (scenario is not null)
        {
            ArgumentNullException.ThrowIfNull(required);
            stub = stub.InScenario(scenario);
            if (required != Started)
            {
                // WireMock.Net's start state has no name: a stub for it asks for no state.
                stub = stub.WhenStateIs(required);
            }
            else if (next is null)
            {
                throw new ArgumentException("A stub for the start state must move the scenario on.", nameof(next));
            }

            // WireMock.Net goes back to the start after a stub without a next state; these stubs stay instead.
            stub = stub.WillSetStateTo(next ?? required);
        }

        stub.RespondWith(response);
    }

    /// <summary>The whole file, 200, under its Content-Length, shaped further by <paramref name="fault"/> when given.</summary>
    protected static IResponseBuilder Whole(string contentType = "video/mp4", KlingBodyFault? fault = null) => Response.Create()
        .WithStatusCode(200)
        .WithHeader("Content-Type", contentType)
        .WithHeader("Accept-Ranges", "bytes")
        .WithHeader("ETag", "\"v1\"")
        .WithBody(Content)
        .WithBodyFault((fault ?? new KlingBodyFault()) with { ContentLength = Length });

    /// <summary>The first <paramref name="sent"/> bytes under a Content-Length of the whole file, then the connection closes.</summary>
    protected static IResponseBuilder Truncated(int sent) => Response.Create()
        .WithStatusCode(200)
        .WithHeader("Content-Type", "video/mp4")
        .WithHeader("Accept-Ranges", "bytes")
        .WithHeader("ETag", "\"v1\"")
        .WithBody(Content[..sent])
        .WithBodyFault(KlingBodyFault.DeclaredLength(Length));

    /// <summary>The rest of the file from <paramref name="from"/>, 206.</summary>
    protected static IResponseBuilder Rest(int from) => Response.Create()
        .WithStatusCode(206)
        .WithHeader("Content-Type", "video/mp4")
        .WithHeader("Content-Range", $"bytes {from}-{Length - 1}/{Length}")
        .WithHeader("ETag", "\"v1\"")
        .WithBody(Content[from..])
        .WithBodyFault(KlingBodyFault.DeclaredLength(Length - from));

    protected static TaskData VideoTask(string taskId, Uri url) =>
        new() { TaskId = taskId, TaskStatus = "succeed", TaskResult = new TaskResult { Videos = [new VideoResult { Id = "v", Url = url.ToString(), Duration = "5" }] } };

    /// <summary>Everything in the test folder (recursively), relative, so a stray temporary file is seen.</summary>
    protected string[] FolderEntries() =>
        Directory.GetFileSystemEntries(Folder, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(Folder, p)).Order().ToArray();
}
