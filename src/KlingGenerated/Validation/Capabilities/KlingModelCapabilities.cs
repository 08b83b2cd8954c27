namespace KlingGenerated;

/// <summary>
/// Which image-to-video features each known model supports, in which modes and lengths: Kling's
/// capability map (kling-api.md §3.3, from the official docs S1/S2) as data. A "—" of the map is an
/// entry with no modes; a feature the map does not state for a model has no entry and is not checked.
/// </summary>
internal static class KlingModelCapabilities
{
    /// <summary>Kling's mode when mode is absent (S1: "Default to std").</summary>
    public const string DefaultMode = "std";

    /// <summary>Kling's length when duration is absent (S1: "Default to 5").</summary>
    public const string DefaultDuration = "5";

    private const string Map = "kling-api.md §3.3 (capability map)";
    private const string SoundSince26 = "kling-api.md §3.2 (sound: v2.6+)";
    private const string LengthsS1 = "kling-api.md §3.2 (duration: S1 \"3\" to \"15\", by model)";

    private static readonly string[] StdOrPro = ["std", "pro"];
    private static readonly string[] Pro = ["pro"];
    private static readonly string[] Five = ["5"];
    private static readonly string[] FiveOrTen = ["5", "10"];
    private static readonly string[] ThreeToFifteen = [.. Enumerable.Range(3, 13).Select(s => s.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    public static IReadOnlyList<VideoCapability> All { get; } =
    [
        // kling-v1: a tail frame and the motion brush only at 5 s; no camera_control on image to video.
        new(KlingModels.KlingV1, VideoFeature.TailFrame, StdOrPro, Five, Map),
        VideoCapability.None(KlingModels.KlingV1, VideoFeature.EndFrameOnly, Map),
        new(KlingModels.KlingV1, VideoFeature.MotionBrush, StdOrPro, Five, Map),
        VideoCapability.None(KlingModels.KlingV1, VideoFeature.CameraControl, Map),
        VideoCapability.None(KlingModels.KlingV1, VideoFeature.Sound, SoundSince26),

        // kling-v1-5: the only model with camera_control on image to video ("simple" only, pro 5 s).
        new(KlingModels.KlingV15, VideoFeature.TailFrame, Pro, FiveOrTen, Map),
        new(KlingModels.KlingV15, VideoFeature.EndFrameOnly, Pro, FiveOrTen, Map),
        new(KlingModels.KlingV15, VideoFeature.MotionBrush, Pro, Five, Map),
        new(KlingModels.KlingV15, VideoFeature.CameraControl, Pro, Five, Map) { CameraTypes = [CameraControlType.Simple] },
        VideoCapability.None(KlingModels.KlingV15, VideoFeature.Sound, SoundSince26),

        new(KlingModels.KlingV16, VideoFeature.TailFrame, Pro, FiveOrTen, Map),
        new(KlingModels.KlingV16, VideoFeature.EndFrameOnly, Pro, FiveOrTen, Map),
        VideoCapability.None(KlingModels.KlingV16, VideoFeature.MotionBrush, Map),
        VideoCapability.None(KlingModels.KlingV16, VideoFeature.CameraControl, Map),
        VideoCapability.None(KlingModels.KlingV16, VideoFeature.Sound, SoundSince26),

        // The master models: plain generation only; the map gives them no mode columns, so any mode.
        VideoCapability.None(KlingModels.KlingV2Master, VideoFeature.TailFrame, Map),
        VideoCapability.None(KlingModels.KlingV2Master, VideoFeature.EndFrameOnly, Map),
        VideoCapability.None(KlingModels.KlingV2Master, VideoFeature.MotionBrush, Map),
        VideoCapability.None(KlingModels.KlingV2Master, VideoFeature.CameraControl, Map),
        VideoCapability.None(KlingModels.KlingV2Master, VideoFeature.Sound, SoundSince26),

        VideoCapability.None(KlingModels.KlingV21Master, VideoFeature.TailFrame, Map),
        VideoCapability.None(KlingModels.KlingV21Master, VideoFeature.EndFrameOnly, Map),
        VideoCapability.None(KlingModels.KlingV21Master, VideoFeature.MotionBrush, Map),
        VideoCapability.None(KlingModels.KlingV21Master, VideoFeature.CameraControl, Map),
        VideoCapability.None(KlingModels.KlingV21Master, VideoFeature.Sound, SoundSince26),

        new(KlingModels.KlingV21, VideoFeature.TailFrame, Pro, FiveOrTen, Map),
        VideoCapability.None(KlingModels.KlingV21, VideoFeature.EndFrameOnly, Map),
        VideoCapability.None(KlingModels.KlingV21, VideoFeature.MotionBrush, Map),
        VideoCapability.None(KlingModels.KlingV21, VideoFeature.CameraControl, Map),
        VideoCapability.None(KlingModels.KlingV21, VideoFeature.Sound, SoundSince26),

        new(KlingModels.KlingV25Turbo, VideoFeature.TailFrame, Pro, FiveOrTen, Map),
        VideoCapability.None(KlingModels.KlingV25Turbo, VideoFeature.EndFrameOnly, Map),
        VideoCapability.None(KlingModels.KlingV25Turbo, VideoFeature.MotionBrush, Map),
        VideoCapability.None(KlingModels.KlingV25Turbo, VideoFeature.CameraControl, Map),
        VideoCapability.None(KlingModels.KlingV25Turbo, VideoFeature.Sound, SoundSince26),

        // kling-v2-6: the first model with sound (§3.2). The map gives its tail frame pro 5/10 s "only no
        // audio"; it states no other limit, and S2 (whose "5"/"10" bounds the older models) does not list it.
        new(KlingModels.KlingV26, VideoFeature.TailFrame, Pro, FiveOrTen, Map) { OnlyWithoutSound = true },
        VideoCapability.None(KlingModels.KlingV26, VideoFeature.EndFrameOnly, Map),
        VideoCapability.None(KlingModels.KlingV26, VideoFeature.MotionBrush, Map),
        VideoCapability.None(KlingModels.KlingV26, VideoFeature.CameraControl, Map),
        new(KlingModels.KlingV26, VideoFeature.Sound, StdOrPro, ThreeToFifteen, SoundSince26),

        // kling-v3: 3 to 15 s (§3.2, S1: "3" to "15"), with a tail frame. Nothing else is stated for it, so
        // the rest is left to the service;
        // voices, elements and shots are not limited by the map for any model, so they are never checked.
        new(KlingModels.KlingV3, VideoFeature.TailFrame, StdOrPro, ThreeToFifteen, LengthsS1),
        new(KlingModels.KlingV3, VideoFeature.Sound, StdOrPro, ThreeToFifteen, SoundSince26),
    ];

    // cfg_scale is not here: "kling-v2.x models do not support" it does not say whether it is refused or ignored.

    private static readonly Dictionary<string, Dictionary<VideoFeature, VideoCapability>> ByModel =
        All.GroupBy(entry => entry.Model, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.ToDictionary(entry => entry.Feature), StringComparer.Ordinal);

    /// <summary>Whether the map covers <paramref name="model"/>; an unknown model gets no model rule.</summary>
    public static bool Knows(string model) => ByModel.ContainsKey(model);

    /// <summary>The entry for a model and feature, or null when the map does not state it.</summary>
    public static VideoCapability? Find(string model, VideoFeature feature) =>
        ByModel.TryGetValue(model, out var features) && features.TryGetValue(feature, out var entry) ? entry : null;

    /// <summary>The models that do <paramref name="feature"/>, in the map's order, for messages.</summary>
    public static IEnumerable<string> ModelsWith(VideoFeature feature) =>
        All.Where(entry => entry.Feature == feature && entry.Supported).Select(entry => entry.Model);
}
