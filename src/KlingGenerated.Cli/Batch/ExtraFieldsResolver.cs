using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace KlingGenerated.Cli.Batch;

// A job's request types are open (their extra fields go to the wire), their nested objects mostly closed:
// a field the client does not know passes through where the spec allows it, and stays a typo elsewhere.
internal sealed class ExtraFieldsResolver : DefaultContractResolver
{
    public static readonly ExtraFieldsResolver Instance = new();

    protected override JsonObjectContract CreateObjectContract(Type objectType)
    {
        var contract = base.CreateObjectContract(objectType);
        if (contract.ExtensionDataSetter is not null)
        {
            contract.MissingMemberHandling = MissingMemberHandling.Ignore;
        }

        return contract;
    }
}
