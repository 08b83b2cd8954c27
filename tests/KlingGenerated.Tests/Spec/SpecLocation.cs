using Newtonsoft.Json.Linq;

namespace KlingGenerated.Tests.Spec;

/// <summary>Names a place in the spec the way a reader looks for it: "POST /kling/v1/videos/image2video: responses/200/content/application/json".</summary>
internal static class SpecLocation
{
    /// <summary>Describes a JSON pointer ("#/paths/~1kling~1v1~1videos~1image2video/post/responses/200").</summary>
    public static string FromPointer(string? pointer)
    {
        if (string.IsNullOrEmpty(pointer) || pointer is "#" or "#/")
        {
            return "the document";
        }

        var segments = pointer.TrimStart('#').TrimStart('/').Split('/')
            .Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
        return FromSegments([.. segments]);
    }

    /// <summary>Describes where a token of the spec's JSON sits.</summary>
    public static string Of(JToken token) => FromPointer(PointerOf(token));

    /// <summary>The JSON pointer of a token of the spec's JSON.</summary>
    public static string PointerOf(JToken token)
    {
        var segments = new List<string>();
        for (var current = token; current.Parent is { } parent; current = parent)
        {
            if (parent is JProperty property)
            {
                segments.Add(property.Name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));
            }
            else if (parent is JArray array)
            {
                segments.Add(array.IndexOf(current).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        segments.Reverse();
        return "#/" + string.Join('/', segments);
    }

    private static string FromSegments(string[] segments)
    {
        if (segments is ["paths", var path, var method, .. var rest] && SpecOperations.Methods.Contains(method))
        {
            return rest.Length == 0 ? $"{method.ToUpperInvariant()} {path}" : $"{method.ToUpperInvariant()} {path}: {string.Join('/', rest)}";
        }

        return "#/" + string.Join('/', segments);
    }
}
