using System.Globalization;

namespace KlingGenerated;

/// <summary>
/// Checks a local image against <see cref="KlingImageRules"/> before it is sent, reading only its
/// length and header. Each problem names the image and the rule, for example
/// "cat.webp: WebP is not accepted; use JPEG or PNG".
/// </summary>
internal static class KlingImageChecks
{
    public static IReadOnlyList<string> Check(KlingImage image)
    {
        if (!image.IsLocal)
        {
            return [];
        }

        var problems = new List<string>();
        try
        {
            var length = image.GetByteLength();
            if (length > KlingImageRules.MaxBytes)
            {
                problems.Add($"{image.Name}: {Megabytes(length)} is over the {Megabytes(KlingImageRules.MaxBytes)} limit");
            }

            ImageHeader header;
            string? problem;
            using (var stream = image.OpenRead())
            {
                ImageHeaderReader.TryRead(stream, out header, out problem);
            }

            if (problem is not null)
            {
                problems.Add($"{image.Name}: {problem}");
            }
            else if (header.Format is not (ImageFormat.Png or ImageFormat.Jpeg))
            {
                problems.Add(header.Format == ImageFormat.Unknown
                    ? $"{image.Name}: not a JPEG or PNG image (its first bytes match no image format); use JPEG or PNG"
                    : $"{image.Name}: {ImageFormatSniffer.Describe(header.Format)} is not accepted; use JPEG or PNG");
            }
            else
            {
                problems.AddRange(CheckSize(image.Name, header));
            }
        }
        catch (FileNotFoundException)
        {
            problems.Add($"{image.Name}: file not found");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problems.Add($"{image.Name}: cannot be read ({exception.Message})");
        }

        return problems;
    }

    private static IEnumerable<string> CheckSize(string name, ImageHeader header)
    {
        var (width, height) = (header.Width, header.Height);
        if (Math.Min(width, height) < KlingImageRules.MinSide)
        {
            yield return $"{name}: {width}x{height} px is too small; both sides must be at least {KlingImageRules.MinSide} px";
        }

        var (longSide, shortSide) = (Math.Max(width, height), Math.Min(width, height));
        if (shortSide > 0 && longSide > KlingImageRules.MaxAspectRatio * shortSide)
        {
            var ratio = ((double)longSide / shortSide).ToString("0.##", CultureInfo.InvariantCulture);
            var shape = width >= height ? $"{ratio}:1" : $"1:{ratio}";
            yield return $"{name}: {width}x{height} px has an aspect ratio of {shape}; it must be between 1:{KlingImageRules.MaxAspectRatio.ToString(CultureInfo.InvariantCulture)} and {KlingImageRules.MaxAspectRatio.ToString(CultureInfo.InvariantCulture)}:1";
        }
    }

    private static string Megabytes(long bytes) =>
        (bytes / (1024.0 * 1024.0)).ToString("0.##", CultureInfo.InvariantCulture) + " MB";
}
