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

        // Throwing here, before the request message is sent, is what keeps an invalid request off the wire.
        var walk = RequestWalker.Walk(body);
        if (walk.Failures.Count > 0)
        {
            throw new KlingValidationException(walk.Failures);
        }

        // Local images serialize as placeholders, so this JSON stays small whatever the images weigh.
        var json = JsonConvert.SerializeObject(body, JsonSerializerSettings);
        HttpContent content = walk.LocalImages.Count > 0
            ? new StreamedJsonContent(json, walk.LocalImages)
            : new StringContent(json, Encoding.UTF8, "application/json"); // application/json; charset=utf-8, made once

        // The resilience handler finds a lost create by this id without parsing the body.
        ExternalTaskIdOption.Attach(content, (body as IKlingCreateRequest)?.ExternalTaskId);
        return content;
    }
}
