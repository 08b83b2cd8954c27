using Newtonsoft.Json.Linq;

namespace KlingGenerated.Testing;

/// <summary>A create the sandbox received with a body within the contract, and what became of it.</summary>
public sealed class ReceivedCreate
{
    internal ReceivedCreate(KlingRoute route, RecordedRequest request)
    {
        Route = route;
        Request = request;
        Body = (JObject)request.BodyAsJson();
        Authorization = new ReceivedAuthorization(request.Header("Authorization"));
        if (request.ResponseStatus == 200 && request.ResponseBody is { } response)
        {
            TaskId = JObject.Parse(response).SelectToken("data.task_id")?.Value<string>();
        }
    }

    /// <summary>The route it was sent to.</summary>
    public KlingRoute Route { get; }

    /// <summary>The body, parsed.</summary>
    public JObject Body { get; }

    /// <summary>The external_task_id the body carried, if any.</summary>
    public string? ExternalTaskId => Body.Value<string>("external_task_id");

    /// <summary>The task_id the sandbox answered with, or null when the create was refused.</summary>
    public string? TaskId { get; }

    /// <summary>The Authorization header that came with it, comparable but never printed.</summary>
    public ReceivedAuthorization Authorization { get; }

    /// <summary>The raw request, as WireMock journaled it.</summary>
    public RecordedRequest Request { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Route} create {(TaskId is null ? "(refused)" : TaskId)}";
}
