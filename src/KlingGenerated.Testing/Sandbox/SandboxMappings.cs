using Newtonsoft.Json.Linq;

namespace KlingGenerated.Testing;

/// <summary>
/// The sandbox's mapping files (contract/sandbox, plus the contract's own 401 mapping), made ready
/// for one sandbox: the request schemas come from the spec and the proxy target is this sandbox's desk.
/// </summary>
internal sealed class SandboxMappings
{
    private const string DeskPlaceholder = "${desk}";
    private const string SchemaPlaceholder = "${requestSchema}";

    private SandboxMappings(IReadOnlyList<JObject> mappings) => Mappings = mappings;

    /// <summary>The folder holding the media the sandbox serves as results.</summary>
    public static string MediaDirectory => Path.Combine(AppContext.BaseDirectory, "contract", "media");

    public IReadOnlyList<JObject> Mappings { get; }

    public static SandboxMappings Load(SpecRequestSchemas schemas, Uri desk)
    {
        var files = System.IO.Directory.GetFiles(ContractMappings.SandboxDirectory, "*.json").Order(StringComparer.Ordinal)
            .Append(Path.Combine(ContractMappings.Directory, "MissingAuthorization.json"));
        var mappings = new List<JObject>();
        foreach (var file in files)
        {
            var json = JObject.Parse(File.ReadAllText(file));
            foreach (var mapping in json["mappings"] is JArray many ? many.Cast<JObject>() : new[] { json })
            {
                mappings.Add(Materialise(mapping, schemas, desk));
            }
        }

        return new SandboxMappings(mappings);
    }

    /// <summary>A copy of the mapping that takes a route's creates within the contract.</summary>
    public JObject CreateWithinContract(KlingRoute route) => Find("create", route);

    /// <summary>A copy of a route's mapping of one kind (metadata.sandbox: create, query, list ...).</summary>
    public JObject Find(string kind, KlingRoute route) => (JObject)Mappings.Single(m =>
        m["metadata"]?.Value<string>("sandbox") == kind &&
        m["metadata"]?.Value<string>("route") == route.ToString()).DeepClone();

    /// <summary>Writes every mapping into a WireMock root's mappings folder, so a reset brings them back.</summary>
    public void WriteTo(string rootDirectory)
    {
        var folder = Path.Combine(rootDirectory, "mappings");
        System.IO.Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "kling-sandbox.json"), new JObject { ["mappings"] = new JArray(Mappings) }.ToString());
        var files = Path.Combine(rootDirectory, "__files");
        System.IO.Directory.CreateDirectory(files);
        foreach (var media in System.IO.Directory.GetFiles(MediaDirectory))
        {
            File.Copy(media, Path.Combine(files, Path.GetFileName(media)), overwrite: true);
        }
    }

    private static JObject Materialise(JObject mapping, SpecRequestSchemas schemas, Uri desk)
    {
        var result = (JObject)mapping.DeepClone();
        foreach (var value in result.Descendants().OfType<JValue>().Where(v => v.Type == JTokenType.String).ToList())
        {
            var text = value.Value<string>()!;
            if (text == SchemaPlaceholder)
            {
                var operationId = result["metadata"]?.Value<string>("operationId")
                    ?? throw new InvalidDataException($"Mapping '{result.Value<string>("name")}' asks for a request schema but names no operationId.");
                value.Replace(schemas.For(operationId));
            }
            else if (text.Contains(DeskPlaceholder, StringComparison.Ordinal))
            {
                value.Value = text.Replace(DeskPlaceholder, desk.ToString().TrimEnd('/'), StringComparison.Ordinal);
            }
        }

        return result;
    }
}
