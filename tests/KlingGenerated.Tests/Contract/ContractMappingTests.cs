using KlingGenerated.Testing;
using Newtonsoft.Json.Linq;

namespace KlingGenerated.Tests.Contract;

/// <summary>The mapping files and the spec say the same thing: one mapping per operation, answering with the spec's own example.</summary>
public sealed class ContractMappingTests
{
    private static readonly JObject Spec = SpecDocument.Current;

    public static TheoryData<string> OperationIds() =>
        new(SpecDocument.Operations(Spec).Select(o => o.OperationId));

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void EveryOperation_HasAMapping_WithItsMethodPathAndDocumentedExample(string operationId)
    {
        var (_, method, path, operation) = SpecDocument.Operations(Spec).Single(o => o.OperationId == operationId);
        var file = ContractMappings.Files.SingleOrDefault(f => Path.GetFileNameWithoutExtension(f) == operationId);
        Assert.True(file is not null, $"No contract mapping for {operationId}.");
        var mapping = JObject.Parse(File.ReadAllText(file));

        Assert.Equal(method, mapping["request"]!.Value<string>("method"));
        Assert.Equal(path, mapping["request"]!.Value<string>("urlPath") ?? mapping["request"]!.Value<string>("urlPathTemplate"));
        var ok = (JObject)SpecDocument.Resolve(Spec, operation["responses"]!["200"]!);
        var exampleName = mapping["metadata"]!.Value<string>("example")!;
        var example = ok["content"]!["application/json"]!["examples"]![exampleName]!["value"]!;
        Assert.True(JToken.DeepEquals(example, mapping["response"]!["jsonBody"]),
            $"{Path.GetFileName(file)} answers with something other than the spec's '{exampleName}' example.");
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void EveryOperation_HasASandboxMapping_OnItsMethodAndPath_CheckingCreatesAgainstItsSchema(string operationId)
    {
        var (_, method, path, operation) = SpecDocument.Operations(Spec).Single(o => o.OperationId == operationId);
        var file = Path.Combine(ContractMappings.SandboxDirectory, operationId + ".json");
        Assert.True(File.Exists(file), $"No sandbox mapping for {operationId}.");
        var json = JObject.Parse(File.ReadAllText(file));
        var mappings = json["mappings"] is JArray many ? many.Cast<JObject>().ToList() : [json];

        // The mapping that takes the request when it is within the contract is the one proxied to the sandbox's desk.
        var within = Assert.Single(mappings, m => m["response"]!.Value<string>("proxyBaseUrl") == "${desk}" && m["response"]!["additionalProxyRequestHeaders"] is null);
        Assert.Equal(operationId, within["metadata"]!.Value<string>("operationId"));
        Assert.Equal(method, within["request"]!.Value<string>("method"));
        Assert.Equal(path, within["request"]!.Value<string>("urlPath") ?? within["request"]!.Value<string>("urlPathTemplate"));
        var schemaCheck = within["request"]!["bodyPatterns"]?.SingleOrDefault(p => p["matchesJsonSchema"] is not null);
        if (operation["requestBody"] is null)
        {
            Assert.Null(schemaCheck);
        }
        else
        {
            Assert.Equal("${requestSchema}", schemaCheck!.Value<string>("matchesJsonSchema"));
            Assert.Contains(mappings, m => m["metadata"]!.Value<string>("sandbox") == "contract-violation");
        }
    }

    [Fact]
    public void EveryOperation_DeclaresEveryErrorStatusTheDocsName_WithTheKlingEnvelope()
    {
        foreach (var (operationId, _, _, operation) in SpecDocument.Operations(Spec))
        {
            foreach (var status in new[] { "400", "401", "403", "404", "429", "500", "503", "504" })
            {
                var response = SpecDocument.Resolve(Spec, operation["responses"]![status] ?? throw new Xunit.Sdk.XunitException($"{operationId} lacks {status}."));
                Assert.Equal("#/components/schemas/ErrorResponse", response["content"]!["application/json"]!["schema"]!.Value<string>("$ref"));
            }
        }
    }
}
