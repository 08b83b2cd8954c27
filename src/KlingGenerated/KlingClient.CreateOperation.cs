namespace KlingGenerated;

// Adds to the generated client: how a create becomes an operation, shared by the route methods and
// SubmitAsync: create it (the create names the task on the caller's request before sending, see
// KlingClient.RequestContent.cs), follow it by the id the answer gives (or that name when the answer
// carried none), and wait when asked.
public partial class KlingClient
{
    private async Task<KlingTaskOperation> RunAsync(WaitUntil waitUntil, KlingRoute route, IKlingCreateRequest request,
        KlingWaitOptions? waitOptions, IProgress<KlingTaskProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Enum.IsDefined(waitUntil))
        {
            throw new ArgumentOutOfRangeException(nameof(waitUntil), waitUntil, "Not a WaitUntil value.");
        }

        var created = await this.CreateTaskAsync(route, request, cancellationToken).ConfigureAwait(false);
        var operation = Started(route, created, request);
        if (waitUntil == WaitUntil.Completed)
        {
            await operation.WaitForCompletionAsync(waitOptions, progress, cancellationToken).ConfigureAwait(false);
        }

        return operation;
    }

    private KlingTaskOperation Started(KlingRoute route, TaskResponse created, IKlingCreateRequest request)
    {
        // The request's external_task_id was filled in before sending, so a create answered without
        // a task_id can still be followed: Kling's query accepts either id.
        var lookupId = created.Data?.TaskId is { Length: > 0 } taskId ? taskId : request.ExternalTaskId;
        if (string.IsNullOrEmpty(lookupId))
        {
            throw new KlingApiException("The create response carried no task_id.", 200, null, new Dictionary<string, IEnumerable<string>>(), null);
        }

        return new KlingTaskOperation(this, route, lookupId, request.ExternalTaskId, created.Data, TimeProvider, Logger, WaitOptions);
    }
}
