namespace KlingGenerated;

/// <summary>
/// The request fields that carry an image (URL or raw Base64), by generated type and wire name. The
/// spec types them as plain strings, so they are listed here; a test keeps this list equal to the
/// spec's image and mask fields.
/// </summary>
internal static class ImageFields
{
    private static readonly HashSet<(Type Owner, string WireName)> Fields =
    [
        (typeof(ImageToVideoRequest), "image"),
        (typeof(ImageToVideoRequest), "image_tail"),
        (typeof(ImageToVideoRequest), "static_mask"),
        (typeof(DynamicMask), "mask"),
        (typeof(ImageListItem), "image"),
        (typeof(SubjectImageItem), "subject_image"),
        (typeof(ImageGenerationRequest), "scence_image"),
        (typeof(ImageGenerationRequest), "style_image"),
        (typeof(MultiImageToImageRequest), "scene_image"),
        (typeof(MultiImageToImageRequest), "style_image"),
    ];

    public static IEnumerable<(Type Owner, string WireName)> All => Fields;

    public static bool IsImage(Type owner, string wireName) => Fields.Contains((owner, wireName));
}
