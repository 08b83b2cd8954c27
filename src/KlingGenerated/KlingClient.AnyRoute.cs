namespace KlingGenerated;

// Adds to the generated client: a create and a list that take the route as data, for callers that
// hold jobs of every route in one list (the batch command, queues) and would otherwise switch on it.
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

    /// <summary>One page of a route's tasks, newest first.</summary>
    /// <param name="route">The route to list.</param>
    /// <param name="pageNum">The page, from 1; the server's default when null.</param>
    /// <param name="pageSize">Tasks per page, 1 to 500; the server's default when null.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <returns>The tasks of the page (empty when there are none).</returns>
    public virtual async Task<IReadOnlyList<TaskData>> ListTasksAsync(KlingRoute route, int? pageNum = null, int? pageSize = null, CancellationToken cancellationToken = default)
    {
        var page = route switch
        {
            KlingRoute.ImageToVideo => await ListImageToVideoTasksAsync(pageNum, pageSize, cancellationToken).ConfigureAwait(false),
            KlingRoute.MultiImageToVideo => await ListMultiImageToVideoTasksAsync(pageNum, pageSize, cancellationToken).ConfigureAwait(false),
            KlingRoute.ImageGeneration => await ListImageGenerationTasksAsync(pageNum, pageSize, cancellationToken).ConfigureAwait(false),
            KlingRoute.MultiImageToImage => await ListMultiImageToImageTasksAsync(pageNum, pageSize, cancellationToken).ConfigureAwait(false),
            _ => throw new ArgumentOutOfRangeException(nameof(route), route, "Not a Kling route."),
        };
        return page.Data?.OfType<TaskData>().ToList() ?? [];
    }
}
