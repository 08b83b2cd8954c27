using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace KlingGenerated.Testing;

/// <summary>
/// A loopback HTTP endpoint in this process that WireMock proxies the stateful requests to. It is
/// reached only through WireMock's mappings, after their checks (bearer key, JSON Schema), so every
/// request is in WireMock's journal whatever the desk answers.
/// </summary>
internal sealed class TaskDesk : IDisposable
{
    public const string ContractHeader = "X-Kling-Sandbox-Contract";
    public const string ScriptHeader = "X-Kling-Sandbox-Script";

    private readonly HttpListener _listener;
    private readonly TaskBook _book;
    private readonly Task _loop;

    private TaskDesk(HttpListener listener, Uri uri, TaskBook book)
    {
        _listener = listener;
        _book = book;
        Uri = uri;
        _loop = Task.Run(ServeAsync);
    }

    /// <summary>The desk's root, without a trailing '/', as WireMock's proxyBaseUrl wants it.</summary>
    public Uri Uri { get; }

    public static TaskDesk Start(TaskBook book)
    {
        // HttpListener cannot bind port 0, so take a port the system just handed out; retry if another process won the race.
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return new TaskDesk(listener, new Uri($"http://127.0.0.1:{port}"), book);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
    }

    public void Dispose()
    {
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(2));
        }
        catch (AggregateException)
        {
            // The loop ends with the listener's disposal exception; nothing to report.
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        DeskAnswer answer;
        try
        {
            answer = await DispatchAsync(context.Request).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A bug in the sandbox must reach the test as a 500 it can read, not as a hung request.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            answer = DeskAnswer.Json(500, TaskResponses.Error(5000, "Kling sandbox failure: " + ex.Message));
        }

        try
        {
            var bytes = Encoding.UTF8.GetBytes(answer.Body);
            context.Response.StatusCode = answer.Status;
            context.Response.ContentType = answer.ContentType;
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes).ConfigureAwait(false);
            context.Response.Close();
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or IOException)
        {
            // WireMock gave up on the request (its client went away); nobody is left to answer.
        }
    }

    private async Task<DeskAnswer> DispatchAsync(HttpListenerRequest request)
    {
        var path = request.Url!.AbsolutePath;
        if (!KlingRoutes.TryParse(request.RawUrl?.Split('?', 2)[0] ?? path, out var route, out var id))
        {
            return DeskAnswer.Json(404, TaskResponses.Error(1203, "Resource not found"));
        }

        if (request.HttpMethod == "POST" && id is null)
        {
            using var reader = new StreamReader(request.InputStream, request.ContentEncoding);
            var body = await reader.ReadToEndAsync().ConfigureAwait(false);
            return request.Headers[ContractHeader] is not null
                ? TaskBook.Violation(_book.ExplainViolation(route, body, request.ContentType))
                : _book.Create(route, body, request.Headers[ScriptHeader]);
        }

        if (request.HttpMethod == "GET")
        {
            return id is null
                ? _book.List(route, Page(request, "pageNum", 1), Page(request, "pageSize", 30))
                : _book.Query(route, id);
        }

        return DeskAnswer.Json(404, TaskResponses.Error(1202, "Method not allowed on this route"));
    }

    private static int Page(HttpListenerRequest request, string name, int fallback) =>
        request.QueryString[name] is { } text
            ? int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : -1
            : fallback;
}
