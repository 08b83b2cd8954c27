using Newtonsoft.Json.Linq;

namespace KlingGenerated.Testing;

// What the sandbox received, read back from WireMock's journal and sorted by the mapping that answered.
public sealed partial class KlingSandbox
{
    private const string ViolationPrefix = "Invalid parameter: ";

    /// <summary>The creates received with a body within the contract, oldest first, optionally on one route only.</summary>
    public async Task<IReadOnlyList<ReceivedCreate>> GetCreatesAsync(KlingRoute? route = null, CancellationToken cancellationToken = default)
    {
        var answered = await AnsweredByAsync("create", cancellationToken).ConfigureAwait(false);
        return answered
            .Where(r => route is null || r.Route == route)
            .Select(r => new ReceivedCreate(r.Route, r.Request))
            .ToList();
    }

    /// <summary>
    /// The queries of one task, oldest first: by its task_id and by the external_task_id its create
    /// carried, including those answered with a scripted fault or HTML page.
    /// </summary>
    public async Task<IReadOnlyList<RecordedRequest>> GetQueriesAsync(string taskId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(taskId);
        var external = _book.ExternalTaskIdOf(taskId);
        var answered = await AnsweredByAsync("query", cancellationToken).ConfigureAwait(false);
        return answered
            .Where(r => KlingRoutes.TryParse(r.Request.Path, out _, out var id) && (id == taskId || (external is not null && id == external)))
            .Select(r => r.Request)
            .ToList();
    }

    /// <summary>The requests whose body broke the spec's schema, oldest first, with the reason the sandbox answered.</summary>
    public async Task<IReadOnlyList<ContractViolation>> GetContractViolationsAsync(CancellationToken cancellationToken = default)
    {
        var answered = await AnsweredByAsync("contract-violation", cancellationToken).ConfigureAwait(false);
        return answered.Select(r => new ContractViolation(r.Route, Reason(r.Request), r.Request)).ToList();
    }

    private async Task<IEnumerable<(KlingRoute Route, RecordedRequest Request)>> AnsweredByAsync(string kind, CancellationToken cancellationToken)
    {
        var requests = await Server.GetRequestsAsync(cancellationToken).ConfigureAwait(false);
        return requests
            .Where(r => r.StubMetadata?.Value<string>("sandbox") == kind)
            .Select(r => (Enum.Parse<KlingRoute>(r.StubMetadata!.Value<string>("route")!), r));
    }

    private static string Reason(RecordedRequest request)
    {
        var message = request.ResponseBody is { } body ? JObject.Parse(body).Value<string>("message") : null;
        return message is null ? "(no reason recorded)"
            : message.StartsWith(ViolationPrefix, StringComparison.Ordinal) ? message[ViolationPrefix.Length..] : message;
    }
}
