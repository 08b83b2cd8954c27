namespace KlingGenerated;

// Adds to the generated client: a create and a list that take the route as data, for callers that
// hold jobs of every route in one list (the batch command, queues) and would otherwise switch on it.
public partial class KlingClient
{
    /// <summary>Creates a task on the route the request belongs to and returns its operation, without waiting.</summary>
    /// <param name="request">An <see cref="ImageToVideoRequest"/>, <see cref="MultiImageToVideoRequest"/>, <see cref="ImageGenerationRequest"/> or <see cref="MultiImageToImageRequest"/>.</param>
    /// <param name="cancellationToken">Stops the create.</param>
    /// <returns>The operation, to wait on now or to resume later.</returns>
    public virtual Task<KlingTaskOperation> StartTaskAsync(IKlingCreateRequest request, CancellationToken cancellationToken = default) => request switch
    {
        ImageToVideoRequest r => StartImageToVideoAsync(r, cancellationToken),
        MultiImageToVideoRequest r => StartMultiImageToVideoAsync(r, cancellationToken),
        ImageGenerationRequest r => StartImageGenerationAsync(r, cancellationToken),
        MultiImageToImageRequest r => StartMultiImageToImageAsync(r, cancellationToken),
        null => throw new ArgumentNullException(nameof(request)),
        _ => throw new ArgumentException($"{request.GetType().Name} is not a Kling create request.", nameof(request)),
    };

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
