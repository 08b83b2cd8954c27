namespace KlingGenerated;

// Adds to the generated envelope types: one view of {code, message, request_id}, so a success
// status whose body carries a non-zero code can be turned into an error in one place.
internal interface IKlingEnvelope
{
    int? Code { get; }
}

public partial class TaskResponse : IKlingEnvelope;

public partial class TaskListResponse : IKlingEnvelope;
