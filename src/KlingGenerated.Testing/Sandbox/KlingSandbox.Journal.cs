using Newtonsoft.Json.Linq;

namespace KlingGenerated.Testing;

// What the sandbox received, read back from the server's request log and sorted by the mapping that answered.
public sealed partial class KlingSandbox
{
    private const string ViolationPrefix = "Invalid parameter: ";

    /// <summary>The creates received with a body within the contract, oldest first, optionally on one route only.</summary>
    public Task<IReadOnlyList<ReceivedCreate>> GetCreatesAsync(KlingRoute? route = null, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<ReceivedCreate> creates = AnsweredBy("create")
            .Where(r => route is null || r.Route == route)
            .Select(r => new ReceivedCreate(r.Route, r.Request))
            .ToList();
        return Task.FromResult(creates);
    }

    /// <summary>
    /// The queries of one task, oldest first: by its task_id and by the external_task_id its create
    /// carried, including those answered with a scripted fault or HTML page.
    /// </summary>
    public Task<IReadOnlyList<RecordedRequest>> GetQueriesAsync(string taskId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(taskId);
        var external = _book.ExternalTaskIdOf(taskId);
        IReadOnlyList<RecordedRequest> queries = AnsweredBy("query")
            .Where(r => KlingRoutes.TryParse(r.Request.Path, out _, out var id) && (id == taskId || (external is not null && id == external)))
            .Select(r => r.Request)
            .ToList();
        return Task.FromResult(queries);
    }

    /// <summary>
    /// The findings the sandbox refused (HTTP 400, code 1201): the requests whose body broke the spec's schema,
    /// oldest first, with the reason it answered. <see cref="ContractFinding.Refused"/> is true for each.
    /// </summary>
    public async Task<IReadOnlyList<ContractFinding>> GetContractViolationsAsync(CancellationToken cancellationToken = default) =>
        [.. (await GetContractFindingsAsync(cancellationToken).ConfigureAwait(false)).Where(finding => finding.Refused)];

    /// <summary>
    /// Everything the creates did beyond the spec, oldest first: each contract violation (refused), and
    /// each field the spec does not name in a create the sandbox accepted ("unknown field `enhance_prompt` (not
    /// in the spec)"), which the open create schemas let through.
    /// </summary>
    public Task<IReadOnlyList<ContractFinding>> GetContractFindingsAsync(CancellationToken cancellationToken = default)
    {
        var findings = new List<ContractFinding>();
        foreach (var request in Server.ReceivedRequests())
        {
            if (_mappings.KindOf(request.MappingGuid) is not { Route: { } route } kind)
            {
                continue;
            }

            if (kind.Kind == "contract-violation")
            {
                findings.Add(new ContractFinding(route, Reason(request), refused: true, request));
            }
            else if (kind.Kind == "create")
            {
                var schema = RequestSchemaMatcher.SpecSchemas.For(KlingRoutes.CreateOperation(route));
                findings.AddRange(ContractExplainer.UnknownFields(schema, request.Body)
                    .Select(field => new ContractFinding(route, $"unknown field `{field}` (not in the spec)", refused: false, request)));
            }
        }

        return Task.FromResult<IReadOnlyList<ContractFinding>>(findings);
    }

    private IEnumerable<(KlingRoute Route, RecordedRequest Request)> AnsweredBy(string kind) =>
        Server.ReceivedRequests()
            .Select(r => (Kind: _mappings.KindOf(r.MappingGuid), Request: r))
            .Where(r => r.Kind is { Route: not null } k && k.Kind == kind)
            .Select(r => (r.Kind!.Value.Route!.Value, r.Request));

    private static string Reason(RecordedRequest request)
    {
        var message = request.ResponseBody is { } body ? JObject.Parse(body).Value<string>("message") : null;
        return message is null ? "(no reason recorded)"
            : message.StartsWith(ViolationPrefix, StringComparison.Ordinal) ? message[ViolationPrefix.Length..] : message;
    }
}
