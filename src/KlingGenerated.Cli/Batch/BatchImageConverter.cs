using Newtonsoft.Json;

namespace KlingGenerated.Cli.Batch;

// Reads a job's image fields (the requests' KlingImage fields, wherever they nest) as files relative to
// the jobs file or as URLs, so a local image is streamed at send time like on the command line.
internal sealed class BatchImageConverter(string jobsFolder, CliHost host) : JsonConverter<KlingImage?>
{
    public override KlingImage? ReadJson(JsonReader reader, Type objectType, KlingImage? existingValue, bool hasExistingValue, JsonSerializer serializer)
    {
        if (reader.TokenType == JsonToken.Null)
        {
            return null;
        }

        var name = reader.Path[(reader.Path.LastIndexOf('.') + 1)..];
        if (reader.TokenType != JsonToken.String)
        {
            throw new CliUsageException($"{reader.Path}: an image is a file or an http(s) URL, in a JSON string.");
        }

        var relativeToJobs = new CliHost(host.Output, host.Error, host.ErrorIsTerminal, host.Environment, jobsFolder);
        return ImageArgument.Resolve((string)reader.Value!, name, relativeToJobs);
    }

    public override void WriteJson(JsonWriter writer, KlingImage? value, JsonSerializer serializer) =>
        throw new NotSupportedException("A job is only read.");
}
