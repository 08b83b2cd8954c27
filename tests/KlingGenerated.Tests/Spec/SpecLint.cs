namespace KlingGenerated.Tests.Spec;

/// <summary>The rules spec/kling.openapi.yaml is held to, by name; each lists its failures, each failure naming its place.</summary>
internal static class SpecLint
{
    public static readonly IReadOnlyDictionary<string, Func<LintedSpec, Task<IReadOnlyList<string>>>> Rules =
        new Dictionary<string, Func<LintedSpec, Task<IReadOnlyList<string>>>>(StringComparer.Ordinal)
        {
            ["structure"] = spec => Task.FromResult(StructureRule.Check(spec)),
            ["operationIds"] = spec => Task.FromResult(OperationIdRule.Check(spec)),
            ["references"] = spec => Task.FromResult(ReferenceRule.Check(spec)),
            ["responseSchemas"] = spec => Task.FromResult(ResponseSchemaRule.Check(spec)),
            ["pathParameters"] = spec => Task.FromResult(PathParameterRule.Check(spec)),
            ["errorResponses"] = spec => Task.FromResult(ErrorResponseRule.Check(spec)),
            ["examples"] = ExampleRule.CheckAsync,
        };
}
