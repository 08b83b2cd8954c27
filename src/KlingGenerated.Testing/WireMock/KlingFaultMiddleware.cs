using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Http;
using WireMock.ResponseBuilders;

namespace KlingGenerated.Testing;

/// <summary>Plays a <see cref="SandboxFault"/>, a <see cref="KlingBodyFault"/> or a late answer on the response of a mapping that asks for one.</summary>
/// <remarks>
/// WireMock.Net logs a request before it writes the answer, so a faulted request is in the log like
/// any other. The mapping marks its response with a header; just before the headers would be sent,
/// this middleware writes to the raw socket instead, or not at all, and aborts the connection.
/// </remarks>
public static class KlingFaultMiddleware
{
    /// <summary>The response header that carries the fault from the mapping to the middleware. It never reaches a client.</summary>
    public const string Header = "X-Kling-Fault";

    private static readonly byte[] MalformedChunk = Encoding.ASCII.GetBytes(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n" +
        "1A\r\n{\"code\":0,\"message\":\"SUCC\r\nzz-not-a-chunk-size\r\n");

    private static readonly byte[] RandomData = Encoding.ASCII.GetBytes("\u0016\u0003\u0001\u0002lorem-ipsum-not-http\r\n\u0000\u00ff\r\n\r\n");

    /// <summary>The response header that delays the answer until after the request was matched and logged.</summary>
    public const string DelayHeader = "X-Kling-Answer-Delay";

    /// <summary>
    /// Sends the answer only after <paramref name="delay"/>, as a slow server would. Unlike WireMock.Net's
    /// <c>WithDelay</c>, the request is logged and its scenario moves on at once, so a client that gives up
    /// and asks again meets the next state, as it would on a real server.
    /// </summary>
    public static IResponseBuilder WithLateAnswer(this IResponseBuilder response, TimeSpan delay)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        return response.WithHeader(DelayHeader, ((long)delay.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Marks the response so the server answers with <paramref name="fault"/> instead.</summary>
    public static IResponseBuilder WithTransportFault(this IResponseBuilder response, SandboxFault fault)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.WithHeader(Header, fault.ToString());
    }

    /// <summary>The response header that carries a <see cref="KlingBodyFault"/> from the mapping to the middleware. It never reaches a client.</summary>
    public const string BodyHeader = "X-Kling-Body-Fault";

    /// <summary>Marks the response so its body is sent as <paramref name="fault"/> says: slowly, stalled, endless, or under a false length.</summary>
    public static IResponseBuilder WithBodyFault(this IResponseBuilder response, KlingBodyFault fault)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(fault);
        return response.WithHeader(BodyHeader, fault.ToHeader());
    }

    /// <summary>Adds the middleware; WireMock.Net's <c>PreWireMockMiddlewareInit</c> hands it the application builder.</summary>
    public static void Install(object applicationBuilder)
    {
        ArgumentNullException.ThrowIfNull(applicationBuilder);
        ((IApplicationBuilder)applicationBuilder).Use(static async (context, next) =>
        {
            context.Response.OnStarting(static state => PlayAsync((HttpContext)state), context);
            var body = new BodyFaultStream(context, context.Response.Body);
            context.Response.Body = body;
            await next(context).ConfigureAwait(false);
            await body.FinishAsync().ConfigureAwait(false);
        });
    }

    private static async Task PlayAsync(HttpContext context)
    {
        if (context.Response.Headers.TryGetValue(DelayHeader, out var delay))
        {
            context.Response.Headers.Remove(DelayHeader);
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(long.Parse(delay.ToString(), System.Globalization.CultureInfo.InvariantCulture)), context.RequestAborted).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The client gave up waiting: nobody is left to answer.
                return;
            }
        }

        if (!context.Response.Headers.TryGetValue(Header, out var value) || !Enum.TryParse<SandboxFault>(value, out var fault))
        {
            return;
        }

        var socket = context.Features.Get<IConnectionSocketFeature>()?.Socket;
        try
        {
            switch (fault)
            {
                case SandboxFault.EmptyResponse:
                    socket?.Shutdown(SocketShutdown.Send);
                    break;
                case SandboxFault.MalformedChunk:
                    socket?.Send(MalformedChunk);
                    socket?.Shutdown(SocketShutdown.Send);
                    break;
                case SandboxFault.RandomDataThenClose:
                    socket?.Send(RandomData);
                    socket?.Shutdown(SocketShutdown.Send);
                    break;
                case SandboxFault.ConnectionReset:
                    // Abort alone resets the connection.
                    break;
            }
        }
        catch (SocketException)
        {
            // The client is already gone: the fault is played either way.
        }
        catch (ObjectDisposedException)
        {
        }

        context.Abort();
    }
}
