using System.Diagnostics;
using System.Globalization;
using KlingGenerated.Testing;
using Microsoft.AspNetCore.Http;
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

    private ResultHostWire? _wire;

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
        _wire = new ResultHostWire(Server.Port);
    }

    public Task DisposeAsync()
    {
        _wire?.Dispose();
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

    /// <summary>The whole file, 200.</summary>
    protected static IResponseBuilder Whole(string contentType = "video/mp4") => Response.Create()
        .WithStatusCode(200)
        .WithHeader("Content-Type", contentType)
        .WithHeader(ResultHostWire.ContentLength, Length.ToString(CultureInfo.InvariantCulture))
        .WithHeader("Accept-Ranges", "bytes")
        .WithHeader("ETag", "\"v1\"")
        .WithBody(Content);

    /// <summary>The first <paramref name="sent"/> bytes under a Content-Length of the whole file, then the connection closes.</summary>
    protected static IResponseBuilder Truncated(int sent) => Response.Create()
        .WithStatusCode(200)
        .WithHeader("Content-Type", "video/mp4")
        .WithHeader(ResultHostWire.ContentLength, Length.ToString(CultureInfo.InvariantCulture))
        .WithHeader("Accept-Ranges", "bytes")
        .WithHeader("ETag", "\"v1\"")
        .WithBody(Content[..sent]);

    /// <summary>The rest of the file from <paramref name="from"/>, 206.</summary>
    protected static IResponseBuilder Rest(int from) => Response.Create()
        .WithStatusCode(206)
        .WithHeader("Content-Type", "video/mp4")
        .WithHeader(ResultHostWire.ContentLength, (Length - from).ToString(CultureInfo.InvariantCulture))
        .WithHeader("Content-Range", $"bytes {from}-{Length - 1}/{Length}")
        .WithHeader("ETag", "\"v1\"")
        .WithBody(Content[from..]);

    /// <summary>The body of <paramref name="response"/> in <paramref name="numberOfChunks"/> pieces, each flushed, spread over <paramref name="totalDuration"/>.</summary>
    protected static IResponseBuilder Dribbled(IResponseBuilder response, int numberOfChunks, TimeSpan totalDuration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(numberOfChunks, 1);
        return response.WithHeader(ResultHostWire.Dribble, FormattableString.Invariant($"{numberOfChunks};{(long)totalDuration.TotalMilliseconds}"));
    }

    protected static TaskData VideoTask(string taskId, Uri url) =>
        new() { TaskId = taskId, TaskStatus = "succeed", TaskResult = new TaskResult { Videos = [new VideoResult { Id = "v", Url = url.ToString(), Duration = "5" }] } };

    /// <summary>Everything in the test folder (recursively), relative, so a stray temporary file is seen.</summary>
    protected string[] FolderEntries() =>
        Directory.GetFileSystemEntries(Folder, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(Folder, p)).Order().ToArray();

    /// <summary>
    /// What a result host does on the wire that WireMock.Net's mappings cannot say. WireMock.Net drops a
    /// mapping's Content-Length whenever the response has a body (Kestrel then sends it chunked, so a
    /// client learns no size and never sees a body cut short), and writes a body in one piece. A mapping
    /// asks for these with marker headers; on the server's own requests this hook, reached through
    /// ASP.NET Core's hosting diagnostics, takes the markers off before the headers go out and
    /// <list type="bullet">
    /// <item>declares the Content-Length given, also when fewer bytes follow: Kestrel then closes the
    /// connection after the bytes written, as a host whose transfer broke off would;</item>
    /// <item>writes the body in timed, flushed pieces (WireMock's chunkedDribbleDelay).</item>
    /// </list>
    /// </summary>
    private sealed class ResultHostWire : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        public const string ContentLength = "X-Test-Declared-Content-Length";
        public const string Dribble = "X-Test-Dribble";

        private const string HostingListener = "Microsoft.AspNetCore";
        private const string RequestActivity = "Microsoft.AspNetCore.Hosting.HttpRequestIn";
        private const string RequestStart = RequestActivity + ".Start";

        private readonly int _port;
        private readonly List<IDisposable> _subscriptions = [];
        private readonly IDisposable _allListeners;

        public ResultHostWire(int port)
        {
            _port = port;
            _allListeners = DiagnosticListener.AllListeners.Subscribe(this);
        }

        public void Dispose()
        {
            _allListeners.Dispose();
            lock (_subscriptions)
            {
                _subscriptions.ForEach(s => s.Dispose());
                _subscriptions.Clear();
            }
        }

        void IObserver<DiagnosticListener>.OnNext(DiagnosticListener value)
        {
            if (value.Name == HostingListener)
            {
                lock (_subscriptions)
                {
                    _subscriptions.Add(value.Subscribe(this, IsEnabled));
                }
            }
        }

        // Only the WireMock server's requests get a hosting activity (and so a start event) because of this hook.
        private bool IsEnabled(string name, object? context, object? unused) => name switch
        {
            RequestActivity => context is HttpContext http && IsOurs(http),
            RequestStart => true,
            _ => false,
        };

        void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RequestStart && value.Value is HttpContext http && IsOurs(http))
            {
                http.Response.Body = new ShapedBody(http.Response, http.Response.Body);
            }
        }

        private bool IsOurs(HttpContext http) => http.Connection.LocalPort == _port;

        void IObserver<DiagnosticListener>.OnCompleted()
        {
        }

        void IObserver<DiagnosticListener>.OnError(Exception error)
        {
        }

        void IObserver<KeyValuePair<string, object?>>.OnCompleted()
        {
        }

        void IObserver<KeyValuePair<string, object?>>.OnError(Exception error)
        {
        }

        private sealed class ShapedBody(HttpResponse response, Stream inner) : Stream
        {
            private int _pieces = 1;
            private TimeSpan _pause;

            public override bool CanRead => false;

            public override bool CanSeek => false;

            public override bool CanWrite => true;

            public override long Length => throw new NotSupportedException();

            public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

            public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
            {
                TakeMarkers();
                if (_pieces == 1 || buffer.Length < 2)
                {
                    await inner.WriteAsync(buffer, cancellationToken);
                    return;
                }

                var size = (buffer.Length + _pieces - 1) / _pieces;
                for (var offset = 0; offset < buffer.Length; offset += size)
                {
                    if (offset > 0)
                    {
                        await Task.Delay(_pause, cancellationToken);
                    }

                    await inner.WriteAsync(buffer.Slice(offset, Math.Min(size, buffer.Length - offset)), cancellationToken);
                    await inner.FlushAsync(cancellationToken);
                }
            }

            public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
                WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

            public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

            public override Task FlushAsync(CancellationToken cancellationToken)
            {
                TakeMarkers();
                return inner.FlushAsync(cancellationToken);
            }

            public override void Flush() => FlushAsync(CancellationToken.None).GetAwaiter().GetResult();

            public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

            public override void SetLength(long value) => throw new NotSupportedException();

            // Before the first byte the headers are still open; the markers never reach the client.
            private void TakeMarkers()
            {
                if (response.HasStarted)
                {
                    return;
                }

                if (response.Headers.Remove(ContentLength, out var declared))
                {
                    response.ContentLength = long.Parse(declared.ToString(), CultureInfo.InvariantCulture);
                }

                if (response.Headers.Remove(Dribble, out var dribble))
                {
                    var parts = dribble.ToString().Split(';');
                    _pieces = int.Parse(parts[0], CultureInfo.InvariantCulture);
                    _pause = TimeSpan.FromMilliseconds(double.Parse(parts[1], CultureInfo.InvariantCulture) / _pieces);
                }
            }
        }
    }
}
