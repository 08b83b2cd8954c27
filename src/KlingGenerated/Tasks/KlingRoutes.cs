namespace KlingGenerated;

// The one place a route becomes a generated query method or a stable name, so adding a route
// means adding one line to each switch here and nowhere else.
internal static class KlingRoutes
{
    public static Task<TaskResponse> GetTaskAsync(this IKlingClient client, KlingRoute route, string taskIdOrExternalId, CancellationToken cancellationToken) => route switch
    {
        KlingRoute.ImageToVideo => client.GetImageToVideoTaskAsync(taskIdOrExternalId, cancellationToken),
        KlingRoute.MultiImageToVideo => client.GetMultiImageToVideoTaskAsync(taskIdOrExternalId, cancellationToken),
        KlingRoute.ImageGeneration => client.GetImageGenerationTaskAsync(taskIdOrExternalId, cancellationToken),
        KlingRoute.MultiImageToImage => client.GetMultiImageToImageTaskAsync(taskIdOrExternalId, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(route), route, "Not a Kling route."),
    };

    /// <summary>The route's path below /kling/v1/, which stays stable when enum names change.</summary>
    public static string PathName(this KlingRoute route) => route switch
    {
        KlingRoute.ImageToVideo => "videos/image2video",
        KlingRoute.MultiImageToVideo => "videos/multi-image2video",
        KlingRoute.ImageGeneration => "images/generations",
        KlingRoute.MultiImageToImage => "images/multi-image2image",
        _ => throw new ArgumentOutOfRangeException(nameof(route), route, "Not a Kling route."),
    };

    public static bool TryParsePathName(string? name, out KlingRoute route)
    {
        foreach (var candidate in Enum.GetValues<KlingRoute>())
        {
            if (string.Equals(candidate.PathName(), name, StringComparison.OrdinalIgnoreCase))
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
