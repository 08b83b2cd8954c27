using Polly;
using Polly.Timeout;

namespace KlingGenerated;

// What the standard pipeline treats as temporary. Kling's business code decides, not the status alone:
// a 429 carries retryable (1302, 1303) and final (1100-1102, 1304) codes alike.
internal static class KlingTransientFailures
{
    /// <summary>The retry's predicate: transient, and the caller has not given up.</summary>
    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context) =>
        !context.CancellationToken.IsCancellationRequested && IsTransient(outcome, context);

    /// <summary>The circuit breaker's predicate, and the retry's before the cancellation check.</summary>
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome, ResilienceContext context) => outcome.Exception switch
    {
        // Too large to read: the same again for a query, but a create may have made a task, to look up.
        KlingResponseTooLargeException => IsCreate(context.GetRequestMessage()),
        { } exception => IsTransient(exception, context.CancellationToken),
        _ => outcome.Result is { } response && IsTransient(response),
    };

    public static bool IsTransient(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        TimeoutRejectedException => true,
        HttpRequestException => true,
        // Body-read failures (a malformed chunk, a connection closed mid-body) surface while buffering.
        IOException => true,
        // HttpClient.Timeout, when someone left it finite.
        OperationCanceledException { InnerException: TimeoutException } => !cancellationToken.IsCancellationRequested,
        _ => false,
    };

    /// <summary>Decides from a buffered response: its status, Kling's code and the gateway's error code.</summary>
    public static bool IsTransient(HttpResponseMessage response)
    {
        var scan = KlingResponseScan.Read(response.Content);
        if (IsCreate(response.RequestMessage) && IsUnclassifiable(response, scan))
        {
            // A create's answer that says neither "created" nor "refused" may hide a task: try again, which looks it up first.
            return true;
        }

        if (scan.OddCode is not null)
        {
            // A code that is not an int is no code the client knows: final, as an unknown code is.
            return false;
        }

        if (response.IsSuccessStatusCode)
        {
            if (!scan.IsJson)
            {
                // A proxy's page in place of Kling's answer: the call did not really succeed.
                return true;
            }

            if (scan.Code is null or 0)
            {
                return false;
            }
        }

        return KlingErrorClassifier.IsRetryable(scan.Code, (int)response.StatusCode, scan.GatewayCode);
    }

    /// <summary>A POST that carries an external_task_id: a create, which may cost money.</summary>
    public static bool IsCreate(HttpRequestMessage? request) =>
        request is not null && request.Method == HttpMethod.Post && ExternalTaskIdOption.TryGet(request, out _);

    /// <summary>
    /// An answer to a create that is neither a task nor a refusal the client knows: a success without a
    /// readable envelope or without data.task_id, or a code that is not an int or is not one of Kling's.
    /// </summary>
    private static bool IsUnclassifiable(HttpResponseMessage response, KlingResponseScan scan)
    {
        if (scan.OddCode is not null)
        {
            return true;
        }

        if (scan.Code is { } code and not 0)
        {
            return KlingErrorClassifier.Categorize(code, (int)response.StatusCode) == KlingErrorCategory.Unknown;
        }

        return response.IsSuccessStatusCode && (!scan.IsJson || !scan.HasTaskId);
    }

    /// <summary>
    /// Whether an exception proves the request never reached the server: the connection (name
    /// resolution, TCP connect, TLS handshake, proxy tunnel) failed before a byte of it was sent.
    /// </summary>
    public static bool ProvesNotSent(Exception exception) => exception is HttpRequestException
    {
        HttpRequestError: HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError
            or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError,
    };
}
