using System.Net.Http.Headers;
using System.Text;
using Newtonsoft.Json;

namespace KlingGenerated;

// Adds to the generated client: the body of every JSON request. The generated operations call this
// hook (see Templates/Client.Class.liquid) so the serialization can change without touching generated code.
public partial class KlingClient
{
    private partial HttpContent CreateJsonContent(object body)
    {
        var json = JsonConvert.SerializeObject(body, JsonSerializerSettings);
        var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }
}
