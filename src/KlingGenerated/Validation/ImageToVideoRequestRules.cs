namespace KlingGenerated;

/// <summary>
/// Image to video's cross-field rules: at least one of image and image_tail is given, and a tail
/// frame (image_tail), a motion brush (static_mask, dynamic_masks) and camera_control exclude each
/// other, and voice_list and element_list exclude each other. These hold for every model; which
/// durations and modes a tail frame allows, and which models take sound, voices, elements or shots,
/// depends on the model, so the service decides those.
/// </summary>
internal static class ImageToVideoRequestRules
{
    public static void Check(ImageToVideoRequest request, string path, RequestWalker walker)
    {
        if (request.Image is null && request.ImageTail is null)
        {
            walker.Fail(RequestWalker.Join(path, "image"),
                "is required unless image_tail is given: set image, image_tail or both");
        }

        var groups = new List<(string Field, string Name)>();
        if (request.ImageTail is not null)
        {
            groups.Add(("image_tail", "a tail frame (image_tail)"));
        }

        if (request.StaticMask is not null)
        {
            groups.Add(("static_mask", "a motion brush (static_mask, dynamic_masks)"));
        }
        else if (request.DynamicMasks is { Count: > 0 })
        {
            groups.Add(("dynamic_masks", "a motion brush (static_mask, dynamic_masks)"));
        }

        if (request.CameraControl is not null)
        {
            groups.Add(("camera_control", "camera_control"));
        }

        foreach (var (field, _) in groups.Skip(1))
        {
            walker.Fail(RequestWalker.Join(path, field),
                $"cannot be combined with {groups[0].Name}: use at most one of a tail frame, a motion brush or camera_control");
        }

        if (request.VoiceList is { Count: > 0 } && request.ElementList is { Count: > 0 })
        {
            walker.Fail(RequestWalker.Join(path, "element_list"),
                "cannot be combined with voice_list: send voice_list or element_list, not both");
        }
    }
}
