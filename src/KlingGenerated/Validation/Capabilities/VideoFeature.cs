namespace KlingGenerated;

/// <summary>What an image-to-video request asks of a model, as Kling's capability map names it (kling-api.md §3.3).</summary>
internal enum VideoFeature
{
    /// <summary>image and image_tail: a first and a last frame.</summary>
    TailFrame,

    /// <summary>image_tail without image: the end frame only.</summary>
    EndFrameOnly,

    /// <summary>static_mask and/or dynamic_masks.</summary>
    MotionBrush,

    /// <summary>camera_control on image to video.</summary>
    CameraControl,

    /// <summary>sound: on.</summary>
    Sound,
}
