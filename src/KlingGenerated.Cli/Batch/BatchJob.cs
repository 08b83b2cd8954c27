using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace KlingGenerated.Cli.Batch;

/// <summary>
/// One job of a jobs file: {"route": "image2video", ...the route's fields as the API names them}, with an
/// optional "id". Image fields take a file (relative to the jobs file) or an http(s) URL. A top-level field
/// the client does not know goes out as an extra field; one inside a nested object is a typo, and refused.
/// </summary>
internal sealed record BatchJob(BatchJobLine Line, KlingRoute Route, IKlingCreateRequest Request)
{
    /// <summary>Reads a job; a line that cannot be a job throws <see cref="CliUsageException"/>.</summary>
    public static BatchJob Parse(BatchJobLine line, string jobsFolder, CliHost host)
    {
        if (line.Error is not null || line.Json is null)
        {
            throw new CliUsageException(line.Error ?? "not a JSON object");
        }

        var json = (JObject)line.Json.DeepClone();
        var routeName = json["route"] is JValue { Type: JTokenType.String, Value: string name } ? name : throw new CliUsageException("\"route\" is missing, or not a string.");
        json.Remove("route");
        var route = RouteNames.Parse(routeName);
        var type = route switch
        {
            KlingRoute.ImageToVideo => typeof(ImageToVideoRequest),
            KlingRoute.MultiImageToVideo => typeof(MultiImageToVideoRequest),
            KlingRoute.ImageGeneration => typeof(ImageGenerationRequest),
            _ => typeof(MultiImageToImageRequest),
        };
        var serializer = JsonSerializer.Create(new JsonSerializerSettings
        {
            MissingMemberHandling = MissingMemberHandling.Error,
            ContractResolver = new RequestContractResolver(new BatchImageConverter(jobsFolder, host), requiredFieldsOptional: false),
        });
        try
        {
            return new BatchJob(line, route, (IKlingCreateRequest)json.ToObject(type, serializer)!);
        }
        catch (JsonException e)
        {
            throw new CliUsageException(e.Message);
        }
    }
}
