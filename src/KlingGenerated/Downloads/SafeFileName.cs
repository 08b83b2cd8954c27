using System.Text;

namespace KlingGenerated;

// File names made from server data (task ids, URL extensions) must never pick a folder: only
// letters, digits, '-', '_' and inner dots survive, and the final path is checked to lie inside
// the target folder even so.
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

    /// <summary>The URL's extension when it is short and plain, else the fallback (with its dot).</summary>
    public static string Extension(Uri url, string fallback)
    {
        var extension = Path.GetExtension(url.AbsolutePath);
        return extension.Length is >= 2 and <= 6 && extension.Skip(1).All(char.IsAsciiLetterOrDigit) ? extension.ToLowerInvariant() : fallback;
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
