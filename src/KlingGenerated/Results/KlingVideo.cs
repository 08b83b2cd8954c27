namespace KlingGenerated;

/// <summary>A generated video.</summary>
/// <param name="Id">Kling's id of the video (used by video extension).</param>
/// <param name="Url">The MP4; Kling deletes it after 30 days.</param>
/// <param name="Duration">Its length, when the server said.</param>
/// <param name="WatermarkUrl">The watermarked copy, when one was asked for.</param>
public sealed record KlingVideo(string? Id, Uri Url, TimeSpan? Duration, Uri? WatermarkUrl);

/// <summary>A generated image.</summary>
/// <param name="Index">Its position among the task's images, from 0.</param>
/// <param name="Url">The image; Kling deletes it after 30 days.</param>
/// <param name="WatermarkUrl">The watermarked copy, when one was asked for.</param>
public sealed record KlingImageResult(int Index, Uri Url, Uri? WatermarkUrl);
