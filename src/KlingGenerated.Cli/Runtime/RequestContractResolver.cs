using KlingGenerated.Cli.Batch;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace KlingGenerated.Cli;

// How the CLI reads request JSON it was given (a batch job, a --set value): image fields are files or
// URLs as on the command line, a request's unknown top-level fields go to its extra-fields bag while
// nested objects stay closed (a typo there is an error), and, for --set, required fields may be absent.
internal sealed class RequestContractResolver(BatchImageConverter images, bool requiredFieldsOptional) : DefaultContractResolver
{
    // KlingImage names its own converter (URL or Base64), which outranks the settings' list.
    protected override Newtonsoft.Json.JsonConverter? ResolveContractConverter(Type objectType) =>
        objectType == typeof(KlingImage) ? images : base.ResolveContractConverter(objectType);

    protected override JsonObjectContract CreateObjectContract(Type objectType)
    {
        var contract = base.CreateObjectContract(objectType);
        if (contract.ExtensionDataSetter is not null)
        {
            contract.MissingMemberHandling = MissingMemberHandling.Ignore;
        }

        // --set fills some fields of a request the options have already filled; the library still checks
        // every required field before anything is sent.
        if (requiredFieldsOptional && typeof(IKlingCreateRequest).IsAssignableFrom(objectType))
        {
            foreach (var property in contract.Properties)
            {
                property.Required = Required.Default;
            }
        }

        return contract;
    }
}
