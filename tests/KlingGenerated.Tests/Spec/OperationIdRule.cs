namespace KlingGenerated.Tests.Spec;

/// <summary>
/// Every operation has an operationId, and no two share one. The client's methods are named after them
/// (operationGenerationMode SingleClientFromOperationId), and NSwag upper-cases the first letter, so
/// "getTask" and "GetTask" would collide too: the comparison ignores case.
/// </summary>
internal static class OperationIdRule
{
    public static IReadOnlyList<string> Check(LintedSpec spec)
    {
        var failures = new List<string>();
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (path, item) in spec.Document?.Paths ?? [])
        {
            foreach (var (method, operation) in item.Operations ?? [])
            {
                var where = $"{method.Method.ToUpperInvariant()} {path}";
                if (string.IsNullOrWhiteSpace(operation.OperationId))
                {
                    failures.Add($"{where}: the operation has no operationId.");
                }
                else if (!owners.TryAdd(operation.OperationId, where))
                {
                    failures.Add($"{where}: operationId '{operation.OperationId}' is already the operationId of {owners[operation.OperationId]}.");
                }
            }
        }

        return failures;
    }
}
