namespace KlingGenerated.Tests.Spec;

/// <summary>
/// spec/kling.openapi.yaml passes every lint rule: it reads without errors or warnings from Microsoft.OpenApi,
/// every operation has its own operationId, every $ref resolves, every response with a body has a schema,
/// paths and path parameters agree, every operation has a 4xx response, and every example matches its
/// schema. No Node.js linter is needed.
/// </summary>
public sealed class SpecLintTests
{
    public static TheoryData<string> Rules => [.. SpecLint.Rules.Keys];

    [Theory]
    [MemberData(nameof(Rules))]
    public async Task TheSpec_PassesTheRule(string rule)
    {
        var failures = await SpecLint.Rules[rule](await LintedSpec.Current);

        Assert.True(failures.Count == 0, $"spec/kling.openapi.yaml breaks the rule '{rule}':\n{string.Join('\n', failures)}");
    }

    [Fact]
    public async Task TheExampleRule_SeesTheSpecsExamples()
    {
        var spec = await LintedSpec.Current;

        var locations = SpecExamples.In(spec.Json!).Select(e => e.Location).ToList();

        Assert.Contains("POST /kling/v1/videos/image2video, request body, application/json, example 'full'", locations);
        Assert.Contains("POST /kling/v1/videos/image2video, response 200 via #/components/responses/TaskCreated, application/json, example 'submitted'", locations);
        Assert.Contains("GET /kling/v1/videos/image2video, parameter pageNum (query) via #/components/parameters/PageNum, example", locations);
        Assert.Contains("#/components/schemas/TaskData/properties/task_status, example", locations);
    }
}
