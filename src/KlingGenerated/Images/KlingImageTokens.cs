using System.Runtime.CompilerServices;

namespace KlingGenerated;

/// <summary>
/// The placeholders local images stand as in the generated string fields. Each image gets one token
/// string; the table is keyed by that string instance, so an entry lives exactly as long as a request
/// (or anything else) still holds the token, and lookups can never confuse two images.
/// </summary>
internal static class KlingImageTokens
{
    /// <summary>Every token starts with this, so a token that lost its image is still recognisable.</summary>
    public const string Prefix = "klingimage:";

    private static readonly ConditionalWeakTable<string, KlingImage> Images = new();
    private static readonly ConditionalWeakTable<KlingImage, string> Tokens = new();

    public static string TokenOf(KlingImage image) =>
        Tokens.GetValue(image, static image =>
        {
            var token = Prefix + Guid.NewGuid().ToString("N");
            Images.Add(token, image);
            return token;
        });

    /// <summary>The image a field's value stands for, when the value is a token this process made.</summary>
    public static bool TryGetImage(string value, out KlingImage image) => Images.TryGetValue(value, out image!);

    public static bool LooksLikeToken(string value) => value.StartsWith(Prefix, StringComparison.Ordinal);
}
