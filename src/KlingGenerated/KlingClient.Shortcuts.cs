namespace KlingGenerated;

// Adds to the generated client: one-line calls for the common creates. They only build the
// generated request and call the generated operation, so validation and streaming apply unchanged.
public partial class KlingClient
{
    /// <summary>Creates an image-to-video task from one image and a prompt.</summary>
    /// <param name="image">The first frame: <c>KlingImage.FromFile("cat.png")</c>, a URL, bytes...</param>
    /// <param name="prompt">The motion to generate.</param>
    /// <param name="modelName">The model (see <see cref="KlingModels"/>); null for the service's default.</param>
    /// <param name="cancellationToken">Cancels the call (not the remote task once created).</param>
    /// <returns>The created task; poll it by <c>Data.TaskId</c>.</returns>
    /// <exception cref="KlingValidationException">The request breaks a rule; nothing was sent.</exception>
    /// <exception cref="KlingApiException">The service refused the request.</exception>
    public virtual Task<TaskResponse> CreateImageToVideoTaskAsync(KlingImage image, string? prompt, string? modelName = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(image);
        return CreateImageToVideoTaskAsync(new ImageToVideoRequest { Image = image, Prompt = prompt, ModelName = modelName }, cancellationToken);
    }

    /// <summary>Creates a multi-image-to-video task from reference images and a prompt.</summary>
    /// <param name="images">The reference images (the spec allows 1 to 4).</param>
    /// <param name="prompt">The motion to generate.</param>
    /// <param name="modelName">The model (see <see cref="KlingModels"/>); null for the service's default.</param>
    /// <param name="cancellationToken">Cancels the call (not the remote task once created).</param>
    /// <returns>The created task; poll it by <c>Data.TaskId</c>.</returns>
    /// <exception cref="KlingValidationException">The request breaks a rule; nothing was sent.</exception>
    /// <exception cref="KlingApiException">The service refused the request.</exception>
    public virtual Task<TaskResponse> CreateMultiImageToVideoTaskAsync(IEnumerable<KlingImage> images, string prompt, string? modelName = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(images);
        var request = new MultiImageToVideoRequest
        {
            ImageList = [.. images.Select(image => new ImageListItem { Image = image })],
            Prompt = prompt,
            ModelName = modelName,
        };
        return CreateMultiImageToVideoTaskAsync(request, cancellationToken);
    }

    /// <summary>Creates a multi-image-to-image task (the gateway's newer route) from subject images and a prompt.</summary>
    /// <param name="subjectImages">The subjects (1 to 4 on this route).</param>
    /// <param name="prompt">The image to generate.</param>
    /// <param name="modelName">The model (see <see cref="KlingModels"/>); null for the service's default.</param>
    /// <param name="cancellationToken">Cancels the call (not the remote task once created).</param>
    /// <returns>The created task; poll it by <c>Data.TaskId</c>.</returns>
    /// <exception cref="KlingValidationException">The request breaks a rule; nothing was sent.</exception>
    /// <exception cref="KlingApiException">The service refused the request.</exception>
    public virtual Task<TaskResponse> CreateMultiImageToImageTaskAsync(IEnumerable<KlingImage> subjectImages, string? prompt, string? modelName = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subjectImages);
        var request = new MultiImageToImageRequest
        {
            SubjectImageList = [.. subjectImages.Select(image => new SubjectImageItem { SubjectImage = image })],
            Prompt = prompt,
            ModelName = modelName,
        };
        return CreateMultiImageToImageTaskAsync(request, cancellationToken);
    }
}
