using Newtonsoft.Json;

namespace KlingGenerated.Cli.Batch;

// Reads the image fields of a job (recognised by their wire name, wherever they nest) as files or
// URLs, so a local image is streamed at send time like on the command line.
internal sealed class BatchImageConverter(string jobsFolder, CliHost host) : JsonConverter<string?>
{
    private static readonly HashSet<string> ImageFields =
        ["image", "image_tail", "static_mask", "mask", "subject_image", "scene_image", "scence_image", "style_image"];

    public override string? ReadJson(JsonReader reader, Type objectType, string? existingValue, bool hasExistingValue, JsonSerializer serializer)
    {
        var value = reader.Value?.ToString();
        var name = reader.Path[(reader.Path.LastIndexOf('.') + 1)..];
        if (value is null || !ImageFields.Contains(name))
        {
            return value;
        }

        var relativeToJobs = new CliHost(host.Output, host.Error, host.ErrorIsTerminal, host.Environment, jobsFolder);
        return ImageArgument.Resolve(value, name, relativeToJobs);
    }

    public override void WriteJson(JsonWriter writer, string? value, JsonSerializer serializer) => writer.WriteValue(value);
}
