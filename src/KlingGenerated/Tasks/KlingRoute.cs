namespace KlingGenerated;

/// <summary>
/// The Kling route a task was created on. A task id alone is not enough to look a task up: each
/// route has its own query path, so an operation and its rehydration token carry the route.
/// </summary>
public enum KlingRoute
{
    /// <summary><c>/kling/v1/videos/image2video</c>: one image to a video.</summary>
    ImageToVideo,

    /// <summary><c>/kling/v1/videos/multi-image2video</c>: several images to a video.</summary>
    MultiImageToVideo,

    /// <summary><c>/kling/v1/images/generations</c>: several images to one image, as the gateway's older route.</summary>
    ImageGeneration,

    /// <summary><c>/kling/v1/images/multi-image2image</c>: several images to one image.</summary>
    MultiImageToImage,
}
