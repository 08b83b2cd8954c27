namespace KlingGenerated.Tests.Spec;

/// <summary>
/// Each lint rule catches what it is for: a copy of the spec is broken in one place, and the rule must
/// name that place (path, method, status, media type, example) in its failure.
/// </summary>
public sealed class SpecLintRuleTests : IDisposable
{
    private const string ImageToVideo = "/kling/v1/videos/image2video";

    private static readonly string Original = File.ReadAllText(Repository.SpecFile);

    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("kling-lint-");

    [Fact]
    public async Task ADuplicatedOperationId_IsNamedWithBothOperations()
    {
        var failures = await BrokenAsync("operationIds", "operationId: ListImageToVideoTasks", "operationId: CreateImageToVideoTask");

        Assert.Equal([$"GET {ImageToVideo}: operationId 'CreateImageToVideoTask' is already the operationId of POST {ImageToVideo}."], failures);
    }

    [Fact]
    public async Task AnOperationIdDifferingOnlyInCase_CountsAsADuplicate()
    {
        var failures = await BrokenAsync("operationIds", "operationId: ListImageToVideoTasks", "operationId: createImageToVideoTask");

        Assert.Equal([$"GET {ImageToVideo}: operationId 'createImageToVideoTask' is already the operationId of POST {ImageToVideo}."], failures);
    }

    [Fact]
    public async Task AMissingOperationId_IsNamedWithItsOperation()
    {
        var failures = await BrokenAsync("operationIds", "      operationId: GetImageToVideoTask\n", string.Empty);

        Assert.Equal([$"GET {ImageToVideo}/{{task_id}}: the operation has no operationId."], failures);
    }

    [Fact]
    public async Task ADanglingResponseReference_IsNamedWithItsOperationAndStatus()
    {
        var spec = await BrokenSpecAsync("'#/components/responses/VideoTask'", "'#/components/responses/VideoTsk'");

        var failures = await SpecLint.Rules["references"](spec);

        Assert.Equal([$"GET {ImageToVideo}/{{task_id}}: responses/200: $ref '#/components/responses/VideoTsk' points nowhere."], failures);
        Assert.Empty(await SpecLint.Rules["responseSchemas"](spec));
    }

    [Fact]
    public async Task ADanglingSchemaReference_IsNamedWithTheSchemaProperty()
    {
        var failures = await BrokenAsync("references", "$ref: '#/components/schemas/TaskInfo'", "$ref: '#/components/schemas/TaskInfos'");

        Assert.Equal(["#/components/schemas/TaskData/properties/task_info: $ref '#/components/schemas/TaskInfos' points nowhere."], failures);
    }

    [Fact]
    public async Task AnUnknownField_IsReportedByTheParserWithItsOperation()
    {
        var failures = await BrokenAsync("structure", "      summary: Create an image-to-video task", "      sumary: Create an image-to-video task");

        Assert.Equal([$"POST {ImageToVideo}: error: sumary is not a valid property at #/paths/~1kling~1v1~1videos~1image2video/post"], failures);
    }

    [Fact]
    public async Task BrokenYaml_IsReportedByTheParserWithItsLine()
    {
        const string Find = "operationId: ListImageToVideoTasks";
        // The parser notices the unclosed bracket on the line after it (lines counted from 1).
        var line = Original.AsSpan(0, Original.IndexOf(Find, StringComparison.Ordinal)).Count('\n') + 2;

        var failures = await BrokenAsync("structure", Find, "operationId: [ListImageToVideoTasks");

        var failure = Assert.Single(failures);
        Assert.StartsWith($"the document: error: Unable to parse the YAML document at line {line}, column 14", failure);
    }

    [Fact]
    public async Task APathAndItsParametersDisagreeing_IsNamedWithTheOperation()
    {
        var failures = await BrokenAsync("pathParameters", "  /kling/v1/videos/image2video/{task_id}:", "  /kling/v1/videos/image2video/{id}:");

        Assert.Equal(
            [
                $"GET {ImageToVideo}/{{id}}: the path has {{id}} but no path parameter named 'id'.",
                $"GET {ImageToVideo}/{{id}}: path parameter 'task_id' does not appear in the path.",
            ],
            failures);
    }

    [Fact]
    public async Task AnOperationWithout4xxResponses_IsNamed()
    {
        var failures = await BrokenAsync(
            "errorResponses",
            "          $ref: '#/components/responses/VideoTask'\n        '400': {$ref: '#/components/responses/BadRequest'}\n        '401': {$ref: '#/components/responses/Unauthorized'}\n        '403': {$ref: '#/components/responses/Forbidden'}\n        '404': {$ref: '#/components/responses/NotFound'}\n        '429': {$ref: '#/components/responses/TooManyRequests'}\n",
            "          $ref: '#/components/responses/VideoTask'\n");

        Assert.Equal([$"GET {ImageToVideo}/{{task_id}}: no 4xx response."], failures);
    }

    [Fact]
    public async Task AResponseMediaTypeWithoutSchema_IsNamedWithOperationStatusAndMediaType()
    {
        var failures = await BrokenAsync(
            "responseSchemas",
            "      description: 'Temporarily unavailable (maintenance): code 5001. Retry with backoff.'\n      content:\n        application/json:\n          schema: {$ref: '#/components/schemas/ErrorResponse'}\n",
            "      description: 'Temporarily unavailable (maintenance): code 5001. Retry with backoff.'\n      content:\n        application/json:\n");

        Assert.Contains($"POST {ImageToVideo}, response 503, application/json: no schema.", failures);
        Assert.Equal(12, failures.Count); // every operation uses the shared 503 response
    }

    [Fact]
    public async Task AResponseWithoutContent_IsNamedWithOperationAndStatus()
    {
        var failures = await BrokenAsync("responseSchemas", "          $ref: '#/components/responses/VideoTask'\n", "          $ref: '#/components/responses/VideoTask'\n        '202': {description: Accepted}\n");

        Assert.Equal([$"GET {ImageToVideo}/{{task_id}}, response 202: no content, so no schema (only 1xx, 204, 205 and 304 go without a body)."], failures);
    }

    [Fact]
    public async Task A204WithoutContent_IsFine()
    {
        var failures = await BrokenAsync("responseSchemas", "          $ref: '#/components/responses/VideoTask'\n", "          $ref: '#/components/responses/VideoTask'\n        '204': {description: Nothing to say}\n");

        Assert.Empty(failures);
    }

    [Fact]
    public async Task ARequestExampleOfTheWrongType_IsNamedWithOperationMediaTypeAndExample()
    {
        var failures = await BrokenAsync("examples", "cfg_scale: 0.5", "cfg_scale: high");

        Assert.Equal([$"POST {ImageToVideo}, request body, application/json, example 'full': the example does not match its schema: #/cfg_scale: NumberExpected"], failures);
    }

    [Fact]
    public async Task AResponseExampleOfTheWrongType_IsNamedWithOperationStatusMediaTypeAndExample()
    {
        var failures = await BrokenAsync("examples", "created_at: 1773380633979", "created_at: soon");

        Assert.Equal([$"POST {ImageToVideo}, response 200 via #/components/responses/TaskCreated, application/json, example 'submitted': the example does not match its schema: #/data.created_at: IntegerExpected"], failures);
    }

    [Fact]
    public async Task ANullWhereTheSchemaIsNotNullable_IsCaught()
    {
        var failures = await BrokenAsync("examples", "mode: std", "mode: null");

        var failure = Assert.Single(failures);
        Assert.StartsWith($"POST {ImageToVideo}, request body, application/json, example 'full': the example does not match its schema: ", failure);
        Assert.Contains("#/mode: StringExpected", failure);
    }

    [Fact]
    public async Task AParameterExampleOutOfRange_IsNamedWithOperationAndParameter()
    {
        var failures = await BrokenAsync("examples", "      example: 1\n", "      example: 0\n");

        Assert.Equal([$"GET {ImageToVideo}, parameter pageNum (query) via #/components/parameters/PageNum, example: the example does not match its schema: #/: NumberTooSmall"], failures);
    }

    [Fact]
    public async Task ASchemaExampleOfTheWrongType_IsNamedWithItsSchemaProperty()
    {
        var failures = await BrokenAsync("examples", "example: processing", "example: [processing]");

        Assert.Equal(["#/components/schemas/TaskData/properties/task_status, example: the example does not match its schema: #/: StringExpected"], failures);
    }

    private async Task<IReadOnlyList<string>> BrokenAsync(string rule, string find, string replacement) =>
        await SpecLint.Rules[rule](await BrokenSpecAsync(find, replacement));

    // A copy of the spec with the first occurrence of find replaced.
    private async Task<LintedSpec> BrokenSpecAsync(string find, string replacement)
    {
        var at = Original.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"The spec no longer contains '{find}': update this test.");
        var file = Path.Combine(_work.FullName, "kling.openapi.yaml");
        await File.WriteAllTextAsync(file, string.Concat(Original.AsSpan(0, at), replacement, Original.AsSpan(at + find.Length)));
        return await LintedSpec.ReadAsync(file);
    }

    public void Dispose() => _work.Delete(recursive: true);
}
