namespace KlingGenerated;

// Adds to the generated client: a create that takes any route's request, for callers that hold jobs
// of every route in one list (the batch command, queues) and would otherwise switch on the type.
public partial class KlingClient
{
    /// <summary>Creates a task on the route the request belongs to and returns its operation, once started or once completed.</summary>
    /// <param name="waitUntil">Whether to return as soon as the task exists or when it has succeeded.</param>
    /// <param name="request">An <see cref="ImageToVideoRequest"/>, <see cref="MultiImageToVideoRequest"/>, <see cref="ImageGenerationRequest"/> or <see cref="MultiImageToImageRequest"/>.</param>
    /// <param name="waitOptions">With <see cref="WaitUntil.Completed"/>, when and how often to query; <see cref="WaitOptions"/> when null.</param>
    /// <param name="progress">With <see cref="WaitUntil.Completed"/>, told about every change of status.</param>
    /// <param name="cancellationToken">Stops the create, or the waiting (the task goes on on the server).</param>
    /// <returns>The operation; with <see cref="WaitUntil.Completed"/> its <see cref="KlingTaskOperation.Value"/> holds the result.</returns>
    public virtual Task<KlingTaskOperation> SubmitAsync(WaitUntil waitUntil, IKlingCreateRequest request, KlingWaitOptions? waitOptions = null,
        IProgress<KlingTaskProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return RunAsync(waitUntil, KlingRoutes.RouteOf(request), request, waitOptions, progress, cancellationToken);
    }
}
