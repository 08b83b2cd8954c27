using System.Text.RegularExpressions;
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

        Assert.Equal([method], mapping["Request"]!["Methods"]!.Values<string>());
        AssertMatchesPathOf(path, mapping["Request"]!["Path"]!);
        var ok = (JObject)SpecDocument.Resolve(Spec, operation["responses"]!["200"]!);
        var exampleName = mapping["Data"]!.Value<string>("example")!;
        var example = ok["content"]!["application/json"]!["examples"]![exampleName]!["value"]!;
        Assert.True(JToken.DeepEquals(example, mapping["Response"]!["BodyAsJson"]),
            $"{Path.GetFileName(file)} answers with something other than the spec's '{exampleName}' example.");
    }

    [Fact]
    public async Task EveryOperation_HasASandboxMapping_OnItsMethodAndPath_CheckingCreatesAgainstItsSchema()
    {
        await using var sandbox = await KlingSandbox.StartAsync();
        var mappings = sandbox.Server.MappingModels.Select(m => JObject.FromObject(m)).ToList();

        foreach (var (operationId, method, path, operation) in SpecDocument.Operations(Spec))
        {
            var onRoute = mappings.Where(m => (m["Request"]?["Methods"] as JArray)?.Values<string>().Contains(method) == true && PathMatches(path, m["Request"]!["Path"])).ToList();
            Assert.True(onRoute.Count > 0, $"No sandbox mapping answers {method} {path} ({operationId}).");
            var schemaChecks = onRoute.Select(m => (m["Request"]!["Body"] as JObject)?["Matcher"]).OfType<JObject>().Where(b => b.Value<string>("Name") == RequestSchemaMatcher.Name).ToList();
            if (operation["requestBody"] is null)
            {
                Assert.Empty(schemaChecks);
            }
            else
            {
                Assert.Contains(schemaChecks, b => b.Value<string>("Pattern") == operationId);
                Assert.Contains(onRoute, m => m["Request"]!["Body"] is not JObject); // the contract-violation mapping behind it
            }
        }
    }

    // A mapping's Path is an exact string or a regex that must take the spec's path, with an id in place of any {parameter}.
    private static void AssertMatchesPathOf(string specPath, JToken mappingPath) =>
        Assert.True(PathMatches(specPath, mappingPath), $"The mapping's path {mappingPath} does not take {specPath}.");

    private static bool PathMatches(string specPath, JToken? mappingPath)
    {
        var concrete = Regex.Replace(specPath, @"\{[^}]+\}", "861309198188019719");
        return mappingPath switch
        {
            JValue exact => exact.Value<string>() == concrete,
            JObject model => model["Matchers"]!.Any(m => m.Value<string>("Name") switch
            {
                "ExactMatcher" or "WildcardMatcher" => m.Value<string>("Pattern") == concrete,
                // A query's regex takes an id but not the bare route, which is the list's.
                "RegexMatcher" => Regex.IsMatch(concrete, m.Value<string>("Pattern")!) && (concrete == specPath || !Regex.IsMatch(specPath[..specPath.LastIndexOf('/')], m.Value<string>("Pattern")!)),
                _ => false,
            }),
            _ => false,
        };
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
