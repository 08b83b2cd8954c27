namespace KlingGenerated;

/// <summary>An image's format and size in pixels, as its header states them.</summary>
internal readonly record struct ImageHeader(ImageFormat Format, int Width, int Height);
