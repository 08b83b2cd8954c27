namespace KlingGenerated;

// The one place a route becomes a generated query method or a stable name, so adding a route
// means adding one line to each switch here and nowhere else.
internal static class KlingRoutes
{
    public static Task<TaskResponse> CreateTaskAsync(this KlingClient client, KlingRoute route, IKlingCreateRequest request, CancellationToken cancellationToken) => (route, request) switch
    {
        (KlingRoute.ImageToVideo, ImageToVideoRequest r) => client.CreateImageToVideoTaskAsync(r, cancellationToken),
        (KlingRoute.MultiImageToVideo, MultiImageToVideoRequest r) => client.CreateMultiImageToVideoTaskAsync(r, cancellationToken),
        (KlingRoute.ImageGeneration, ImageGenerationRequest r) => client.CreateImageGenerationTaskAsync(r, cancellationToken),
        (KlingRoute.MultiImageToImage, MultiImageToImageRequest r) => client.CreateMultiImageToImageTaskAsync(r, cancellationToken),
        _ => throw new ArgumentException($"{request.GetType().Name} is not a request of route {route}.", nameof(request)),
    };

    /// <summary>The route a create request belongs to.</summary>
    public static KlingRoute RouteOf(IKlingCreateRequest request) => request switch
    {
        ImageToVideoRequest => KlingRoute.ImageToVideo,
        MultiImageToVideoRequest => KlingRoute.MultiImageToVideo,
        ImageGenerationRequest => KlingRoute.ImageGeneration,
        MultiImageToImageRequest => KlingRoute.MultiImageToImage,
        _ => throw new ArgumentException($"{request.GetType().Name} is not a Kling create request.", nameof(request)),
    };

    public static Task<TaskResponse> GetTaskAsync(this KlingClient client, KlingRoute route, string taskIdOrExternalId, CancellationToken cancellationToken) => route switch
    {
        KlingRoute.ImageToVideo => client.GetImageToVideoTaskAsync(taskIdOrExternalId, cancellationToken),
        KlingRoute.MultiImageToVideo => client.GetMultiImageToVideoTaskAsync(taskIdOrExternalId, cancellationToken),
        KlingRoute.ImageGeneration => client.GetImageGenerationTaskAsync(taskIdOrExternalId, cancellationToken),
        KlingRoute.MultiImageToImage => client.GetMultiImageToImageTaskAsync(taskIdOrExternalId, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(route), route, "Not a Kling route."),
    };

    /// <summary>One page of a route's tasks, newest first (empty when there are none).</summary>
    public static async Task<IReadOnlyList<TaskData>> ListTasksAsync(this KlingClient client, KlingRoute route, int? pageNum, int? pageSize, CancellationToken cancellationToken)
    {
        var page = route switch
        {
            KlingRoute.ImageToVideo => await client.ListImageToVideoTasksAsync(pageNum, pageSize, cancellationToken).ConfigureAwait(false),
            KlingRoute.MultiImageToVideo => await client.ListMultiImageToVideoTasksAsync(pageNum, pageSize, cancellationToken).ConfigureAwait(false),
            KlingRoute.ImageGeneration => await client.ListImageGenerationTasksAsync(pageNum, pageSize, cancellationToken).ConfigureAwait(false),
            KlingRoute.MultiImageToImage => await client.ListMultiImageToImageTasksAsync(pageNum, pageSize, cancellationToken).ConfigureAwait(false),
            _ => throw new ArgumentOutOfRangeException(nameof(route), route, "Not a Kling route."),
        };
        return page.Data?.OfType<TaskData>().ToList() ?? [];
    }

    /// <summary>The route's path below /kling/v1/, which stays stable when enum names change.</summary>
    public static string PathName(this KlingRoute route) => route switch
    {
        KlingRoute.ImageToVideo => "videos/image2video",
        KlingRoute.MultiImageToVideo => "videos/multi-image2video",
        KlingRoute.ImageGeneration => "images/generations",
        KlingRoute.MultiImageToImage => "images/multi-image2image",
        _ => throw new ArgumentOutOfRangeException(nameof(route), route, "Not a Kling route."),
    };

    /// <summary>
    /// The route of a spec path, as the generated operations name theirs: kling/v1/videos/image2video,
    /// with /{task_id} for a query. The one place a spec path becomes a route.
    /// </summary>
    public static bool TryParseOperationPath(string path, out KlingRoute route)
    {
        const string prefix = "kling/v1/";
        var name = path.AsSpan().TrimStart('/');
        if (!name.StartsWith(prefix, StringComparison.Ordinal))
        {
            route = default;
            return false;
        }

        name = name[prefix.Length..];
        if (name.EndsWith("}") && name.LastIndexOf('/') is var slash and > 0)
        {
            name = name[..slash];
        }

        return TryFind(name, StringComparison.Ordinal, out route);
    }

    /// <summary>The route whose <see cref="PathName"/> is <paramref name="name"/>, in any case (a rehydration token's route).</summary>
    public static bool TryParsePathName(string? name, out KlingRoute route) =>
        TryFind(name, StringComparison.OrdinalIgnoreCase, out route);

    private static readonly KlingRoute[] Routes = Enum.GetValues<KlingRoute>();

    private static bool TryFind(ReadOnlySpan<char> name, StringComparison comparison, out KlingRoute route)
    {
        foreach (var candidate in Routes)
        {
            if (name.Equals(candidate.PathName(), comparison))
            {
                route = candidate;
                return true;
            }
        }

        route = default;
        return false;
    }

    /// <summary>Whether a succeeded task of this route is expected to carry videos (else images).</summary>
    public static bool ProducesVideo(this KlingRoute route) => route is KlingRoute.ImageToVideo or KlingRoute.MultiImageToVideo;
}
