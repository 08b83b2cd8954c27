using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace KlingGenerated.Cli.Batch;

/// <summary>
/// One line of a jobs file: {"route": "image2video", ...the route's fields as the API names them}.
/// Image fields take a file (relative to the jobs file) or an http(s) URL.
/// </summary>
internal sealed record BatchJob(int Line, KlingRoute Route, IKlingCreateRequest Request)
{
    public static IEnumerable<(int Line, string Text)> ReadLines(string path) =>
        File.ReadLines(path)
            .Select((text, index) => (Line: index + 1, Text: text))
            .Where(l => !string.IsNullOrWhiteSpace(l.Text) && !l.Text.TrimStart().StartsWith("//", StringComparison.Ordinal));

    /// <summary>Reads a job; a line that cannot be a job throws <see cref="CliUsageException"/> naming the line.</summary>
    public static BatchJob Parse(int line, string text, string jobsFolder, CliHost host)
    {
        JObject json;
        try
        {
            json = JObject.Parse(text);
        }
        catch (JsonException e)
        {
            throw new CliUsageException($"line {line}: not a JSON object ({e.Message})");
        }

        var routeName = json.Value<string>("route") ?? throw new CliUsageException($"line {line}: \"route\" is missing.");
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
            Converters = { new BatchImageConverter(jobsFolder, host) },
        });
        try
        {
            return new BatchJob(line, route, (IKlingCreateRequest)json.ToObject(type, serializer)!);
        }
        catch (JsonException e)
        {
            throw new CliUsageException($"line {line}: {e.Message}");
        }
        catch (CliUsageException e)
        {
            throw new CliUsageException($"line {line}: {e.Message}");
        }
    }
}
