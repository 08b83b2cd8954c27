using System.Buffers.Text;

namespace KlingGenerated;

/// <summary>
/// What the string in an image field stands for: the KlingImage whose placeholder it is, or, for
/// a string the caller wrote by hand, a URL or raw Base64 read the same way KlingImage's factories read them.
/// </summary>
internal static class ImageFieldValue
{
    public static KlingImage? Resolve(string value, out string? problem)
    {
        problem = null;
        if (KlingImageTokens.TryGetImage(value, out var image))
        {
            return image;
        }

        if (KlingImageTokens.LooksLikeToken(value))
        {
            problem = "holds the placeholder of an image that no longer exists (was the request copied through JSON?); set the KlingImage again";
            return null;
        }

        // Base64 first: a JPEG's Base64 starts with "/9j/", which would otherwise read as a Unix path.
        if (Base64.IsValid(value) && !value.AsSpan().ContainsAny(" \t\r\n"))
        {
            return KlingImage.FromBase64(value);
        }

        if (value.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            problem = "a data: URI is not accepted; send raw Base64 (KlingImage.FromBase64 strips the prefix)";
            return null;
        }

        if (Uri.TryCreate(value, UriKind.Absolute, out var url))
        {
            if (KlingImage.IsHttpUrl(url))
            {
                return KlingImage.FromUrl(url);
            }

            problem = url.IsFile
                ? $"{value}: a file path is not sent as is; use KlingImage.FromFile"
                : $"{value}: only absolute http or https URLs are accepted";
            return null;
        }

        problem = "must be an absolute http or https URL or raw Base64 of a JPEG or PNG";
        return null;
    }
}
