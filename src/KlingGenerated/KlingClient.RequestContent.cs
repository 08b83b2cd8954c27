using System.Net.Http.Headers;
using System.Text;
using Newtonsoft.Json;

namespace KlingGenerated;

// Adds to the generated client: the body of every JSON request. The generated operations call this
// hook (see Templates/Client.Class.liquid), so every create passes here before anything is sent:
// the place to validate, to give it an external_task_id, and to choose how the body is written.
public partial class KlingClient
{
    private partial HttpContent CreateJsonContent(object body)
    {
        if (body is IKlingCreateRequest create && string.IsNullOrEmpty(create.ExternalTaskId))
        {
            // Every create carries an id it can be found by, so a lost response never forces a second paid task.
            create.ExternalTaskId = ExternalTaskIds.New();
        }

        var json = JsonConvert.SerializeObject(body, JsonSerializerSettings);
        var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        ExternalTaskIdOption.Attach(content, (body as IKlingCreateRequest)?.ExternalTaskId);
        return content;
    }
}
