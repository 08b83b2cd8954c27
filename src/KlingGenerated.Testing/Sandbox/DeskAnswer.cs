using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace KlingGenerated.Testing;

// What the task desk sends back through WireMock.
internal sealed record DeskAnswer(int Status, string ContentType, string Body)
{
    public static DeskAnswer Json(int status, JObject body) => new(status, "application/json", body.ToString(Formatting.None));
}
