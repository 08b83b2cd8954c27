namespace KlingGenerated;

// Adds to the generated TaskResponse: the Retry-After of the answer it was read from, which the generated
// query drops with the rest of the headers; the client sets it as it reads the body, so a waiting operation
// takes it from what the query returned.
public partial class TaskResponse
{
    /// <summary>How long the server asked to wait before the next query, measured against the client's clock; null when it did not say.</summary>
    [Newtonsoft.Json.JsonIgnore]
    internal TimeSpan? RetryAfter { get; set; }
}
