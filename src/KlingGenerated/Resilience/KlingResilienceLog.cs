using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Telemetry;

namespace KlingGenerated;

// Logs the standard pipeline's retries and circuit changes in the transport's words (method, route,
// status and Kling code, never a header), from Polly's telemetry: the option callbacks stay the user's.
// With DI it listens to every pipeline of the container and keeps to the one it is named for.
internal sealed class KlingResilienceLog(ILogger logger, Func<KnownSecrets> secrets, string? pipelineName = null) : TelemetryListener
{
    public override void Write<TResult, TArgs>(in TelemetryEventArguments<TResult, TArgs> args)
    {
        if (pipelineName is not null && !string.Equals(args.Source.PipelineName, pipelineName, StringComparison.Ordinal))
        {
            return;
        }

        if (args.Arguments is OnRetryArguments<HttpResponseMessage> retry)
        {
            if (logger.IsEnabled(LogLevel.Warning))
            {
                var request = args.Context.GetRequestMessage();
                Log.Retrying(logger, request?.Method.Method ?? "?", RequestRoute.Of(request), retry.AttemptNumber + 1,
                    (long)retry.RetryDelay.TotalMilliseconds, OutcomeDescription.Of(retry.Outcome, secrets()));
            }
        }
        else if (args.Arguments is OnCircuitOpenedArguments<HttpResponseMessage> opened)
        {
            Log.CircuitOpened(logger, (long)opened.BreakDuration.TotalMilliseconds, OutcomeDescription.Of(opened.Outcome, secrets()));
        }
        else if (args.Arguments is OnCircuitClosedArguments<HttpResponseMessage>)
        {
            Log.CircuitClosed(logger);
        }
    }
}
