using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace KlingGenerated.Cli;

// --set fills some fields of a request the options have already filled, so a required field it does not
// name is no error here; the library still checks every required field before anything is sent.
internal sealed class PartialRequestResolver : DefaultContractResolver
{
    public static readonly PartialRequestResolver Instance = new();

    protected override JsonObjectContract CreateObjectContract(Type objectType)
    {
        var contract = base.CreateObjectContract(objectType);
        if (typeof(IKlingCreateRequest).IsAssignableFrom(objectType))
        {
            foreach (var property in contract.Properties)
            {
                property.Required = Required.Default;
            }
        }

        return contract;
    }
}
