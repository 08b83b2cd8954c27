namespace KlingGenerated.Cli;

/// <summary>
/// The one place a create request of any route becomes the client's matching Start*Async call, so a
/// single command and a batch job create a task the same way.
/// </summary>
internal static class CreateRequests
{
    public static Task<KlingTaskOperation> StartAsync(this KlingClient client, IKlingCreateRequest request, CancellationToken cancellationToken) => request switch
    {
        ImageToVideoRequest r => client.StartImageToVideoAsync(r, cancellationToken),
        MultiImageToVideoRequest r => client.StartMultiImageToVideoAsync(r, cancellationToken),
        ImageGenerationRequest r => client.StartImageGenerationAsync(r, cancellationToken),
        MultiImageToImageRequest r => client.StartMultiImageToImageAsync(r, cancellationToken),
        _ => throw new ArgumentException($"No create for {request.GetType().Name}.", nameof(request)),
    };
}
