namespace KlingGenerated;

// Adds to the generated request: the cross-field rules its schema cannot express, next to the type they check.

// Image to video's cross-field rules: at least one of image and image_tail is given, and a tail
// frame (image_tail), a motion brush (static_mask, dynamic_masks) and camera_control exclude each
// other, and voice_list and element_list exclude each other. These hold for every model; what a
// model supports in which mode and length is ImageToVideoModelRules' business.
public partial class ImageToVideoRequest
{
    internal void CheckRules(string path, RequestWalker walker)
    {
        if (Image is null && ImageTail is null)
        {
            walker.Fail(RequestWalker.Join(path, "image"),
                "is required unless image_tail is given: set image, image_tail or both");
        }

        var groups = new List<(string Field, string Name)>();
        if (ImageTail is not null)
        {
            groups.Add(("image_tail", "a tail frame (image_tail)"));
        }

        if (StaticMask is not null)
        {
            groups.Add(("static_mask", "a motion brush (static_mask, dynamic_masks)"));
        }
        else if (DynamicMasks is { Count: > 0 })
        {
            groups.Add(("dynamic_masks", "a motion brush (static_mask, dynamic_masks)"));
        }

        if (CameraControl is not null)
        {
            groups.Add(("camera_control", "camera_control"));
        }

        foreach (var (field, _) in groups.Skip(1))
        {
            walker.Fail(RequestWalker.Join(path, field),
                $"cannot be combined with {groups[0].Name}: use at most one of a tail frame, a motion brush or camera_control");
        }

        if (VoiceList is { Count: > 0 } && ElementList is { Count: > 0 })
        {
            walker.Fail(RequestWalker.Join(path, "element_list"),
                "cannot be combined with voice_list: send voice_list or element_list, not both");
        }
    }
}
