namespace KlingGenerated.Testing;

/// <summary>The task routes of the Kling spec: each has a create, a query by id and a list.</summary>
public enum KlingRoute
{
    /// <summary><c>/kling/v1/videos/image2video</c>.</summary>
    ImageToVideo,

    /// <summary><c>/kling/v1/videos/multi-image2video</c>.</summary>
    MultiImageToVideo,

    /// <summary><c>/kling/v1/images/generations</c> (the gateway's multi-image-to-image route, <c>scence_image</c>).</summary>
    ImageGeneration,

    /// <summary><c>/kling/v1/images/multi-image2image</c>.</summary>
    MultiImageToImage,
}
