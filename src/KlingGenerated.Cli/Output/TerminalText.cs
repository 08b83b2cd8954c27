using System.Globalization;
using System.Text;

namespace KlingGenerated.Cli;

// Server strings reach a terminal: no escape sequence may act, and no newline may start a line of its own.
internal static class TerminalText
{
    /// <summary>
    /// The text with every control character (C0, DEL, C1), bidirectional override or isolate, and
    /// line or paragraph separator written as a visible <c>\uXXXX</c>, so it stays one inert line.
    /// </summary>
    public static string Neutralise(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Any(IsUnsafe))
        {
            return text ?? string.Empty;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (IsUnsafe(c))
            {
                builder.Append(@"\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// JSON text with the characters JSON allows raw but a terminal acts on (DEL, C1, bidi controls)
    /// escaped as well; they only occur inside strings, where <c>\uXXXX</c> means the same character.
    /// </summary>
    public static string EscapeJson(string json) => Neutralise(json);

    public static bool IsUnsafe(char c) =>
        c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F)
        || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
        || c is '\u200E' or '\u200F' or '\u061C' or '\u2028' or '\u2029';
}
