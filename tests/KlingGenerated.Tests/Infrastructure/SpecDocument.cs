using Newtonsoft.Json.Linq;

namespace KlingGenerated.Tests;

/// <summary>The OpenAPI document read as JSON, and ways to walk its operations and references.</summary>
internal static class SpecDocument
{
    private static readonly Lazy<JObject> Spec = new(() => Load(Repository.SpecFile));

    public static JObject Current => Spec.Value;

    // The sandbox's reader, so the tests read the spec exactly as the sandbox does.
    public static JObject Load(string path) => KlingGenerated.Testing.SpecYaml.Load(path);

    /// <summary>Every operation as (operationId, method, path, operation).</summary>
    public static IEnumerable<(string OperationId, string Method, string Path, JObject Operation)> Operations(JObject spec) =>
        from path in ((JObject)spec["paths"]!).Properties()
        from method in ((JObject)path.Value).Properties()
        let operation = (JObject)method.Value
        select (operation.Value<string>("operationId")!, method.Name.ToUpperInvariant(), path.Name, operation);

    /// <summary>Follows a local $ref ("#/components/...").</summary>
    public static JToken Resolve(JObject spec, JToken node)
    {
        while (node is JObject { } obj && obj["$ref"] is JValue reference)
        {
            node = spec.SelectToken("$." + string.Join('.', reference.Value<string>()!.TrimStart('#', '/').Split('/').Select(p => $"['{p}']")))!;
        }

        return node;
    }
}
