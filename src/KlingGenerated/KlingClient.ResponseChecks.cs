namespace KlingGenerated;

// Adds to the generated client: Kling reports most refusals as a non-zero `code`, sometimes with
// HTTP 200, which the generated status dispatch cannot see. The body is read as text first
// (ReadResponseAsString) so an unreadable body becomes a KlingApiException that quotes it.
// A task's answer also keeps its Retry-After, which the generated code would otherwise drop.
public partial class KlingClient
{
    partial void ProcessResponseBody(object? body, HttpResponseMessage response, string responseText,
        IReadOnlyDictionary<string, IEnumerable<string>> headers)
    {
        // The typed read that just ran is one parse of the envelope.
        EnvelopeParses.Count();
        if (response.IsSuccessStatusCode && body is IKlingEnvelope { Code: not null and not 0 })
        {
            throw new KlingApiException("The service refused the request.", (int)response.StatusCode, responseText, headers, null);
        }

        if (body is TaskResponse task)
        {
            task.RetryAfter = RetryAfterHeader.Read(response, TimeProvider);
        }
    }
}
