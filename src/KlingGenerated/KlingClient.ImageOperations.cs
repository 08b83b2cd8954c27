namespace KlingGenerated;

// Adds to the generated client: create-and-wait and wait-by-id for the two image routes
// (image generations, several images to one image).
// Each is a thin, virtual composition of the generated create and KlingTaskOperation.
public partial class KlingClient
{
    /// <summary>Creates an image-generation task and returns its operation, without waiting.</summary>
    /// <param name="request">The task to create; an <c>external_task_id</c> is generated when it has none.</param>
    /// <param name="cancellationToken">Stops the create.</param>
    /// <returns>The operation, to wait on now or to resume later.</returns>
    public virtual async Task<KlingTaskOperation> StartImageGenerationAsync(ImageGenerationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var created = await CreateImageGenerationTaskAsync(request, cancellationToken).ConfigureAwait(false);
        return Started(KlingRoute.ImageGeneration, created, request);
    }

    /// <summary>Creates an image-generation task and waits until it ends.</summary>
    /// <param name="request">The task to create; an <c>external_task_id</c> is generated when it has none.</param>
    /// <param name="waitOptions">When and how often to query; <see cref="WaitOptions"/> when null.</param>
    /// <param name="progress">Told about every change of status.</param>
    /// <param name="cancellationToken">Stops the create, or the waiting (the task goes on on the server).</param>
    /// <returns>The succeeded task with its result.</returns>
    public virtual async Task<TaskData> ImageGenerationAsync(ImageGenerationRequest request, KlingWaitOptions? waitOptions = null,
        IProgress<KlingTaskProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var operation = await StartImageGenerationAsync(request, cancellationToken).ConfigureAwait(false);
        return await operation.WaitForCompletionAsync(waitOptions, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Waits until an image-generation task created earlier ends.</summary>
    /// <param name="taskIdOrExternalId">The task's <c>task_id</c>, or its <c>external_task_id</c>.</param>
    /// <param name="waitOptions">When and how often to query; <see cref="WaitOptions"/> when null.</param>
    /// <param name="progress">Told about every change of status.</param>
    /// <param name="cancellationToken">Stops waiting (the task goes on on the server).</param>
    /// <returns>The succeeded task with its result.</returns>
    public virtual Task<TaskData> WaitForImageGenerationAsync(string taskIdOrExternalId, KlingWaitOptions? waitOptions = null,
        IProgress<KlingTaskProgress>? progress = null, CancellationToken cancellationToken = default) =>
        WaitForTaskAsync(KlingRoute.ImageGeneration, taskIdOrExternalId, waitOptions, progress, cancellationToken);

    /// <summary>Creates a multi-image-to-image task and returns its operation, without waiting.</summary>
    /// <param name="request">The task to create; an <c>external_task_id</c> is generated when it has none.</param>
    /// <param name="cancellationToken">Stops the create.</param>
    /// <returns>The operation, to wait on now or to resume later.</returns>
    public virtual async Task<KlingTaskOperation> StartMultiImageToImageAsync(MultiImageToImageRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var created = await CreateMultiImageToImageTaskAsync(request, cancellationToken).ConfigureAwait(false);
        return Started(KlingRoute.MultiImageToImage, created, request);
    }

    /// <summary>Creates a multi-image-to-image task and waits until it ends.</summary>
    /// <param name="request">The task to create; an <c>external_task_id</c> is generated when it has none.</param>
    /// <param name="waitOptions">When and how often to query; <see cref="WaitOptions"/> when null.</param>
    /// <param name="progress">Told about every change of status.</param>
    /// <param name="cancellationToken">Stops the create, or the waiting (the task goes on on the server).</param>
    /// <returns>The succeeded task with its result.</returns>
    public virtual async Task<TaskData> MultiImageToImageAsync(MultiImageToImageRequest request, KlingWaitOptions? waitOptions = null,
        IProgress<KlingTaskProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var operation = await StartMultiImageToImageAsync(request, cancellationToken).ConfigureAwait(false);
        return await operation.WaitForCompletionAsync(waitOptions, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Waits until a multi-image-to-image task created earlier ends.</summary>
    /// <param name="taskIdOrExternalId">The task's <c>task_id</c>, or its <c>external_task_id</c>.</param>
    /// <param name="waitOptions">When and how often to query; <see cref="WaitOptions"/> when null.</param>
    /// <param name="progress">Told about every change of status.</param>
    /// <param name="cancellationToken">Stops waiting (the task goes on on the server).</param>
    /// <returns>The succeeded task with its result.</returns>
    public virtual Task<TaskData> WaitForMultiImageToImageAsync(string taskIdOrExternalId, KlingWaitOptions? waitOptions = null,
        IProgress<KlingTaskProgress>? progress = null, CancellationToken cancellationToken = default) =>
        WaitForTaskAsync(KlingRoute.MultiImageToImage, taskIdOrExternalId, waitOptions, progress, cancellationToken);
}
