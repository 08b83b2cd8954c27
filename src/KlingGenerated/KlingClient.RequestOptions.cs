namespace KlingGenerated;

// Adds to the generated client: the last look at each request before it is sent. A create's
// external_task_id moves from its body onto the request, where the transport finds it to look the
// task up after an ambiguous failure (Resilience/CreateSafetyHandler.cs).
public partial class KlingClient
{
    partial void PrepareRequest(HttpClient client, HttpRequestMessage request, string url) =>
        ExternalTaskIdOption.MoveToOptions(request);
}
