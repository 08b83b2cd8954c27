namespace KlingGenerated;

/// <summary>
/// Checks an image-to-video request against its model's row of <see cref="KlingModelCapabilities"/>:
/// whether the model does what the request asks (a tail frame, the motion brush, camera_control,
/// sound) in the mode and length asked. An absent mode or duration is Kling's documented default; a
/// request without model_name, or with a model the map does not know, is left to the service.
/// </summary>
internal static class ImageToVideoModelRules
{
    public static void Check(ImageToVideoRequest request, string path, RequestWalker walker)
    {
        // Without model_name the gateway picks the model (Kling documents kling-v1, but a gateway may
        // choose another), so only a named model is held to the map.
        if (request.ModelName is not { Length: > 0 } model || !KlingModelCapabilities.Knows(model))
        {
            return;
        }

        var asked = new Asked(
            model,
            request.Mode is { } mode ? WireValues.Of(mode) : null,
            request.Duration is { } duration ? WireValues.Of(duration) : null,
            request.Sound == VideoSound.On);
        var failed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (feature, field) in FeaturesOf(request))
        {
            if (KlingModelCapabilities.Find(model, feature) is { } entry)
            {
                foreach (var (failedField, message) in Problems(entry, feature, field, asked, request))
                {
                    // One failure per field: an unsupported length is said once, by the most specific feature.
                    if (failed.Add(failedField))
                    {
                        walker.Fail(RequestWalker.Join(path, failedField), message);
                    }
                }
            }
        }
    }

    private sealed record Asked(string Model, string? Mode, string? Duration, bool SoundOn)
    {
        public string EffectiveMode => Mode ?? KlingModelCapabilities.DefaultMode;

        public string EffectiveDuration => Duration ?? KlingModelCapabilities.DefaultDuration;
    }

    // The specific features first, so their narrower limits are the ones reported.
    private static IEnumerable<(VideoFeature Feature, string Field)> FeaturesOf(ImageToVideoRequest request)
    {
        var hasTail = request.ImageTail is not null;
        if (hasTail && request.Image is not null)
        {
            yield return (VideoFeature.TailFrame, "image_tail");
        }
        else if (hasTail)
        {
            yield return (VideoFeature.EndFrameOnly, "image_tail");
        }

        if (request.StaticMask is not null)
        {
            yield return (VideoFeature.MotionBrush, "static_mask");
        }
        else if (request.DynamicMasks is { Count: > 0 })
        {
            yield return (VideoFeature.MotionBrush, "dynamic_masks");
        }

        if (request.CameraControl is not null)
        {
            yield return (VideoFeature.CameraControl, "camera_control");
        }

        if (request.Sound == VideoSound.On)
        {
            yield return (VideoFeature.Sound, "sound");
        }
    }

    private static IEnumerable<(string Field, string Message)> Problems(
        VideoCapability entry, VideoFeature feature, string field, Asked asked, ImageToVideoRequest request)
    {
        var name = Name(feature);
        if (!entry.Supported)
        {
            var others = KlingModelCapabilities.ModelsWith(feature).ToList();
            yield return (field, $"{asked.Model} does not support {name}" +
                (others.Count > 0 ? $" (supported on {string.Join(", ", others)})" : string.Empty));
            yield break;
        }

        var subject = $"{name} on {asked.Model}";
        if (entry.CameraTypes is { } types && request.CameraControl?.Type is { } type && !types.Contains(type))
        {
            yield return ("camera_control.type", $"{subject} takes only the type {Quoted(types.Select(WireValues.Of))}; got \"{WireValues.Of(type)}\"");
        }

        if (entry.OnlyWithoutSound && asked.SoundOn)
        {
            yield return ("sound", $"{subject} works only without sound: set sound to \"off\" or drop {field}");
        }

        if (!entry.Modes.Contains(asked.EffectiveMode, StringComparer.Ordinal))
        {
            yield return ("mode", $"{subject} allows {Or(entry.Modes)} mode only; got {Got(asked.Mode, asked.EffectiveMode, "mode")}");
        }
        else if (!entry.Durations.Contains(asked.EffectiveDuration, StringComparer.Ordinal))
        {
            yield return ("duration", $"{subject} allows {Or(entry.Durations)} seconds in {Or(entry.Modes)}; got {Got(asked.Duration, asked.EffectiveDuration, "duration")}");
        }
    }

    private static string Name(VideoFeature feature) => feature switch
    {
        VideoFeature.TailFrame => "a tail frame",
        VideoFeature.EndFrameOnly => "an end frame alone (image_tail without image)",
        VideoFeature.MotionBrush => "the motion brush (static_mask, dynamic_masks)",
        VideoFeature.CameraControl => "camera_control on image to video",
        VideoFeature.Sound => "sound (sound: \"on\")",
        _ => "image to video",
    };

    private static string Got(string? given, string effective, string field) =>
        given is not null ? $"\"{given}\"" : $"\"{effective}\" (the default when {field} is empty)";

    private static string Or(IEnumerable<string> values) => values.ToList() switch
    {
        [var one] => one,
        var many => $"{string.Join(", ", many.Take(many.Count - 1))} or {many[^1]}",
    };

    private static string Quoted(IEnumerable<string> values) => Or(values.Select(v => $"\"{v}\""));
}
