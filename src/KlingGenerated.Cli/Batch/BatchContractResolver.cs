using Newtonsoft.Json.Serialization;

namespace KlingGenerated.Cli.Batch;

// KlingImage names its own converter (URL or Base64), and a type's own converter outranks the
// settings' list; a job's images are files or URLs instead, so this resolver swaps in the batch's.
internal sealed class BatchContractResolver(BatchImageConverter images) : DefaultContractResolver
{
    protected override Newtonsoft.Json.JsonConverter? ResolveContractConverter(Type objectType) =>
        objectType == typeof(KlingImage) ? images : base.ResolveContractConverter(objectType);
}
