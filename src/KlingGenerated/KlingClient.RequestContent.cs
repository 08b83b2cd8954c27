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
            // Set on the caller's request before it is serialized, so the caller sees the id even if the create throws.
            create.ExternalTaskId = ExternalTaskIds.New();
        }

        // Throwing here, before the request message is sent, is what keeps an invalid request off the wire.
        var walk = RequestWalker.Walk(body, CheckModelCapabilities);
        if (walk.Failures.Count > 0)
        {
            throw new KlingValidationException(walk.Failures);
        }

        // Local images serialize as empty slots of this body, so this JSON stays small whatever the images weigh.
        var json = ImageSlots.Serialize(body, JsonSerializerSettings, out var slots);
        // The body carries the create's id, by which the transport finds a lost create without parsing it.
        var externalTaskId = (body as IKlingCreateRequest)?.ExternalTaskId;
        return slots.Images.Count > 0
            ? new StreamedJsonContent(json, slots.Images, externalTaskId)
            : new JsonStringContent(json, externalTaskId);
    }
}
