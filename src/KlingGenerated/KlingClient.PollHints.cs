namespace KlingGenerated;

// Adds to the generated client: a look at each raw response for a Retry-After header, which the
// generated Get*TaskAsync drops along with the rest of the headers. Only a waiting operation
// collects it (see Tasks/PollHint.cs); any other call passes straight through.
public partial class KlingClient
{
    partial void ProcessResponse(HttpClient client, HttpResponseMessage response) =>
        PollHint.Current?.Capture(response, TimeProvider);
}
