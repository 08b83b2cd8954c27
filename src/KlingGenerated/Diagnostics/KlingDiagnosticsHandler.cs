using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace KlingGenerated;

// Outermost: one Activity and one log line per logical call (a create, a query, a list), whatever
// the retries and lookups inside it, so a trace reads as the caller's steps with the attempts
// (HttpClient's own activities) beneath them. Nothing is computed when nobody listens.
internal sealed class KlingDiagnosticsHandler(ILogger logger) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        KlingDiagnostics.ActivitySource.HasListeners() || logger.IsEnabled(LogLevel.Debug) || logger.IsEnabled(LogLevel.Warning)
            ? SendObservedAsync(request, cancellationToken)
            : base.SendAsync(request, cancellationToken);

    private async Task<HttpResponseMessage> SendObservedAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var source = KlingDiagnostics.ActivitySource;
        var route = RequestRoute.Of(request);
        var operation = RequestRoute.OperationOf(request, route);
        using var activity = source.StartActivity($"Kling {operation} {route.Split('/', 3) switch { [var a, var b, ..] => a + "/" + b, _ => route }}", ActivityKind.Client);
        if (activity is not null)
        {
            activity.SetTag("kling.operation", operation);
            activity.SetTag("kling.route", route);
            activity.SetTag("http.request.method", request.Method.Method);
            if (operation == "query")
            {
                activity.SetTag("kling.task_id", RequestRoute.TaskIdOf(request, route));
            }
            else if (ExternalTaskIdOption.TryGet(request, out var externalTaskId))
            {
                activity.SetTag("kling.external_task_id", externalTaskId);
            }
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var elapsed = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var status = (int)response.StatusCode;
            activity?.SetTag("http.response.status_code", status);
            if (!response.IsSuccessStatusCode)
            {
                activity?.SetStatus(ActivityStatusCode.Error, $"HTTP {status}");
                Log.CallFailed(logger, operation, route, elapsed, $"HTTP {status}");
            }
            else if (operation == "create")
            {
                Log.CreateCompleted(logger, operation, route, status, elapsed);
            }
            else
            {
                Log.QueryCompleted(logger, operation, route, status, elapsed);
            }

            return response;
        }
        catch (Exception exception)
        {
            var reason = OutcomeDescription.Of(exception);
            activity?.SetStatus(ActivityStatusCode.Error, reason);
            Log.CallFailed(logger, operation, route, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds, reason);
            throw;
        }
    }
}
