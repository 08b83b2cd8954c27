namespace KlingGenerated;

/// <summary>What an image's first bytes say it is.</summary>
internal enum ImageFormat
{
    Unknown,
    Png,
    Jpeg,
    WebP,
    Gif,
    Bmp,
    Tiff,
    Heic,
    Avif,
}
