using Microsoft.Extensions.Logging;

namespace KlingGenerated;

// A create is a paid task, so it is sent again only when the earlier attempt provably made none: the
// connection failed before anything was sent, or Kling refused it (1302/1303, or any final refusal).
// After any other failure (a timeout, a reset after sending, a 5xx, an answer that is unreadable, too large,
// without a task_id or with a code that is not one of Kling's) the next
// attempt first looks the task up by its external_task_id, which Kling accepts in the query path:
// found, and that task is the create's result; provably absent (code 1203, or a JSON 404), and only then the
// create is resent. A success without data says neither, so the create ends unreadable and is not resent.
// Runs inside Microsoft's ResilienceHandler, once per attempt; whether to attempt again is the pipeline's
// call. The ResponseBufferingHandler inside it has read every body, so a scan here never touches the wire.
internal sealed class CreateSafetyHandler(ILogger logger, KnownSecrets secrets) : DelegatingHandler
{
    private static readonly HttpRequestOptionsKey<bool> MayExistKey = new("Kling.CreateMayExist");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        request.Method == HttpMethod.Post && ExternalTaskIdOption.TryGet(request, out var externalTaskId)
            ? SendCreateAsync(request, externalTaskId, cancellationToken)
            : base.SendAsync(request, cancellationToken);

    private async Task<HttpResponseMessage> SendCreateAsync(HttpRequestMessage request, string externalTaskId, CancellationToken cancellationToken)
    {
        // Recorded only once an attempt was ambiguous, so a create that succeeds at once allocates no state.
        var mayExist = request.Options.TryGetValue(MayExistKey, out var flagged) && flagged;
        if (mayExist && await LookUpAsync(request, externalTaskId, cancellationToken).ConfigureAwait(false) is { } answer)
        {
            return answer;
        }

        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (!KlingTransientFailures.ProvesNotSent(exception))
        {
            MarkAmbiguous(request, externalTaskId, OutcomeDescription.Of(exception));
            throw;
        }

        if (MayHaveCreated(response))
        {
            MarkAmbiguous(request, externalTaskId, OutcomeDescription.Of(response, secrets));
        }

        return response;
    }

    // Success (a task_id) and known refusals are definite answers; an answer that would be retried is
    // ambiguous (which includes every create answer the client cannot classify), except 1302/1303,
    // which Kling sends instead of creating anything.
    private static bool MayHaveCreated(HttpResponseMessage response)
    {
        if (!KlingTransientFailures.IsTransient(response))
        {
            return false;
        }

        return KlingResponseScan.Read(response.Content).Code is not (1302 or 1303);
    }

    private void MarkAmbiguous(HttpRequestMessage request, string externalTaskId, string reason)
    {
        request.Options.Set(MayExistKey, true);
        Log.CreateAmbiguous(logger, RequestRoute.Of(request), reason, externalTaskId);
    }

    /// <summary>The lookup's answer when it ends the attempt (found, or failed), or null when the task provably does not exist.</summary>
    /// <exception cref="KlingApiException">The lookup succeeded without data: whether the task exists is unknown (<see cref="KlingApiException.IsUnreadable"/>).</exception>
    private async Task<HttpResponseMessage?> LookUpAsync(HttpRequestMessage create, string externalTaskId, CancellationToken cancellationToken)
    {
        using var lookup = new HttpRequestMessage(HttpMethod.Get, LookupUri(create.RequestUri!, externalTaskId))
        {
            Version = create.Version,
            VersionPolicy = create.VersionPolicy,
        };
        foreach (var header in create.Headers)
        {
            lookup.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        // The lookup is part of the create's call: a Retry-After it brings is measured against the call's start.
        RetryBudget.CarryStart(create, lookup);
        if (KlingCall.Of(create) is { } call)
        {
            new KlingCall(call.Route, KlingCallKind.Query, externalTaskId).StampOn(lookup);
        }

        var response = await base.SendAsync(lookup, cancellationToken).ConfigureAwait(false);
        var scan = KlingResponseScan.Read(response.Content);
        if (response.IsSuccessStatusCode && scan is { IsJson: true, Code: null or 0, Data: KlingDataShape.Present })
        {
            Log.CreateFound(logger, externalTaskId);
            return response;
        }

        if (TaskAbsence.IsProven(scan, (int)response.StatusCode))
        {
            Log.CreateNotFound(logger, externalTaskId);
            response.Dispose();
            return null;
        }

        if (response.IsSuccessStatusCode && scan is { IsJson: true, Code: null or 0 })
        {
            // Kling says "not found" with code 1203; a success that carries no task is no such answer, and
            // resending on it could pay twice. The create ends as an answer that could not be read.
            using (response)
            {
                var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                throw new KlingApiException(
                    $"The lookup by external_task_id {externalTaskId} answered without the task, so whether the create made one is unknown; it was not sent again.",
                    (int)response.StatusCode, body, new ResponseHeaders(response, secrets), null);
            }
        }

        // Neither found nor provably absent: a transient failure is retried (and looks up again), a final
        // one ends the create with that answer rather than risk a second task.
        return response;
    }

    private static Uri LookupUri(Uri create, string externalTaskId) =>
        new(create.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/" + Uri.EscapeDataString(externalTaskId));
}
