namespace KlingGenerated.Tests.Spec;

/// <summary>
/// Every operation documents at least one 4xx response: the client's typed errors and the sandbox's
/// error answers come from them.
/// </summary>
internal static class ErrorResponseRule
{
    public static IReadOnlyList<string> Check(LintedSpec spec) =>
    [
        .. from path in spec.Document?.Paths ?? []
           from operation in path.Value.Operations ?? []
           where !(operation.Value.Responses ?? []).Keys.Any(status => status.StartsWith('4'))
           select $"{operation.Key.Method.ToUpperInvariant()} {path.Key}: no 4xx response.",
    ];
}
