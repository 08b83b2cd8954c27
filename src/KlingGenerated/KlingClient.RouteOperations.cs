namespace KlingGenerated;

// Adds to the generated client: one create-and-operation method per route, so a caller chooses with
// WaitUntil whether to wait, instead of choosing between a start, a create-and-wait and a wait-by-id.
// Each calls the generated create, so validation, streaming and create safety apply unchanged.
public partial class KlingClient
{
    /// <summary>Creates an image-to-video task and returns its operation, once started or once completed.</summary>
    /// <param name="waitUntil">Whether to return as soon as the task exists or when it has succeeded.</param>
    /// <param name="request">
    /// The task to create. When it has no <c>external_task_id</c>, one is generated and set on it before sending,
    /// so a lost answer can be looked up; to create a second task from the same object, clear it first
    /// (Kling refuses a repeated id rather than paying twice).
    /// </param>
    /// <param name="waitOptions">With <see cref="WaitUntil.Completed"/>, when and how often to query; <see cref="WaitOptions"/> when null.</param>
    /// <param name="progress">With <see cref="WaitUntil.Completed"/>, told about every change of status.</param>
    /// <param name="cancellationToken">Stops the create, or the waiting (the task goes on on the server).</param>
    /// <returns>The operation; with <see cref="WaitUntil.Completed"/> its <see cref="KlingTaskOperation.Value"/> holds the result.</returns>
    /// <exception cref="KlingValidationException">The request breaks a rule; nothing was sent.</exception>
    /// <exception cref="KlingApiException">The service refused the request.</exception>
    /// <exception cref="KlingTaskFailedException">With <see cref="WaitUntil.Completed"/>, the task failed.</exception>
    public virtual Task<KlingTaskOperation> ImageToVideoAsync(WaitUntil waitUntil, ImageToVideoRequest request, KlingWaitOptions? waitOptions = null,
        IProgress<KlingTaskProgress>? progress = null, CancellationToken cancellationToken = default) =>
        RunAsync(waitUntil, KlingRoute.ImageToVideo, request, waitOptions, progress, cancellationToken);

    /// <summary>Creates a multi-image-to-video task and returns its operation, once started or once completed.</summary>
    /// <inheritdoc cref="ImageToVideoAsync" path="/param"/>
    /// <inheritdoc cref="ImageToVideoAsync" path="/returns"/>
    /// <inheritdoc cref="ImageToVideoAsync" path="/exception"/>
    public virtual Task<KlingTaskOperation> MultiImageToVideoAsync(WaitUntil waitUntil, MultiImageToVideoRequest request, KlingWaitOptions? waitOptions = null,
        IProgress<KlingTaskProgress>? progress = null, CancellationToken cancellationToken = default) =>
        RunAsync(waitUntil, KlingRoute.MultiImageToVideo, request, waitOptions, progress, cancellationToken);

    /// <summary>Creates a multi-image-to-image task on the gateway's older generations route and returns its operation.</summary>
    /// <inheritdoc cref="ImageToVideoAsync" path="/param"/>
    /// <inheritdoc cref="ImageToVideoAsync" path="/returns"/>
    /// <inheritdoc cref="ImageToVideoAsync" path="/exception"/>
    public virtual Task<KlingTaskOperation> ImageGenerationAsync(WaitUntil waitUntil, ImageGenerationRequest request, KlingWaitOptions? waitOptions = null,
        IProgress<KlingTaskProgress>? progress = null, CancellationToken cancellationToken = default) =>
        RunAsync(waitUntil, KlingRoute.ImageGeneration, request, waitOptions, progress, cancellationToken);

    /// <summary>Creates a multi-image-to-image task and returns its operation, once started or once completed.</summary>
    /// <inheritdoc cref="ImageToVideoAsync" path="/param"/>
    /// <inheritdoc cref="ImageToVideoAsync" path="/returns"/>
    /// <inheritdoc cref="ImageToVideoAsync" path="/exception"/>
    public virtual Task<KlingTaskOperation> MultiImageToImageAsync(WaitUntil waitUntil, MultiImageToImageRequest request, KlingWaitOptions? waitOptions = null,
        IProgress<KlingTaskProgress>? progress = null, CancellationToken cancellationToken = default) =>
        RunAsync(waitUntil, KlingRoute.MultiImageToImage, request, waitOptions, progress, cancellationToken);
}
