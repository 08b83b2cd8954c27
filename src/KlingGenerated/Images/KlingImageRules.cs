namespace KlingGenerated;

/// <summary>
/// What Kling accepts as an input image (kling-api.md §3.2): JPEG or PNG, at most 10 MB, both sides
/// at least 300 px, aspect ratio between 1:2.5 and 2.5:1. Local images are checked against these
/// before a request is sent.
/// </summary>
public static class KlingImageRules
{
    /// <summary>The largest image, in bytes (10 MB).</summary>
    public const long MaxBytes = 10L * 1024 * 1024;

    /// <summary>The shortest allowed side, in pixels.</summary>
    public const int MinSide = 300;

    /// <summary>The widest allowed ratio of the long side to the short side (2.5:1 either way).</summary>
    public const double MaxAspectRatio = 2.5;
}
