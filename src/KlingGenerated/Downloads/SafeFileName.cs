using System.Text;

namespace KlingGenerated;

// File names made from server data (task ids, URL extensions) must never pick a folder or a kind
// of file: only letters, digits, '-', '_' and inner dots survive, extensions come from a short list
// of media formats, and the final path is checked to lie inside the target folder even so.
internal static class SafeFileName
{
    private const int MaxStemLength = 100;

    public static string Stem(string? text, string fallback)
    {
        var builder = new StringBuilder(text?.Length ?? 0);
        foreach (var c in text ?? string.Empty)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        }

        // Leading dots would make hidden files, or "." and "..".
        var stem = builder.ToString().TrimStart('.');
        if (stem.Length > MaxStemLength)
        {
            stem = stem[..MaxStemLength];
        }

        return stem.Trim('.').Length == 0 ? fallback : stem;
    }

    /// <summary>The formats a result is saved as; a URL's extension counts only when it is one of these.</summary>
    private static readonly string[] ImageExtensions = [".png", ".jpg", ".jpeg", ".webp"];

    /// <summary>
    /// The extension (with its dot) a result is saved with: always .mp4 for a video; for an image, the URL's
    /// extension when it is a known image format, else .png. A server's URL never picks any other name.
    /// </summary>
    public static string ResultExtension(Uri url, bool isVideo)
    {
        if (isVideo)
        {
            return ".mp4";
        }

        var extension = Path.GetExtension(url.IsAbsoluteUri ? url.AbsolutePath : url.OriginalString).ToLowerInvariant();
        return ImageExtensions.Contains(extension) ? extension : ".png";
    }

    /// <summary>The full path of <paramref name="fileName"/> in <paramref name="folder"/>; refuses anything that would land elsewhere.</summary>
    public static string InFolder(string folder, string fileName)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, fileName));
        if (!full.StartsWith(root, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal)
            || Path.GetDirectoryName(full) + Path.DirectorySeparatorChar != root)
        {
            throw new ArgumentException($"The file name \"{fileName}\" would leave the folder {root}.", nameof(fileName));
        }

        return full;
    }
}
