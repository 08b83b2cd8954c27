namespace KlingGenerated;

// One result URL of a task as a save sees it, so every way of saving names files from the same list.
/// <summary>A result to save: its URL, its index (a video's position, an image's index), and whether it is a video.</summary>
internal sealed record KlingResultTarget(Uri Url, int Index, bool IsVideo);
