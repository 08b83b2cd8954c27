using Polly;

namespace KlingGenerated;

// Which failed queries a wait outlives (it queries again, until its limit): anything that says the
// service or the way to it is unwell right now, including an answer it could not read (a proxy's page
// with 200, a body cut short or too large), which says nothing about the task. A refusal that will not
// change (a bad key, an unknown task id) ends the wait at once.
internal static class QueryFailures
{
    public static bool IsTransient(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        TaskAnswerWithoutData => false,
        KlingApiException api => api.IsRetryable || api.IsUnreadable,
        // The pipeline gave up on this query: its total timeout, an open circuit, its rate limiter.
        ExecutionRejectedException => true,
        HttpRequestException or IOException => true,
        // HttpClient's own timeout surfaces as a cancellation the caller did not ask for.
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };
}
