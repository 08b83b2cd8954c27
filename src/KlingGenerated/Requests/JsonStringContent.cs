using System.Text;

namespace KlingGenerated;

/// <summary>A JSON request body held as text (application/json; charset=utf-8), with the create's external_task_id.</summary>
internal sealed class JsonStringContent(string json, string? externalTaskId)
    : StringContent(json, Encoding.UTF8, "application/json"), IExternalTaskIdContent
{
    public string? ExternalTaskId { get; } = externalTaskId;
}
