using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace KlingGenerated;

// A server may echo a credential back in an error body; nothing we surface repeats one.
internal static partial class SecretRedactor
{
    /// <summary>Secrets shorter than this are not searched for: they would blank out ordinary words.</summary>
    public const int MinimumSecretLength = 4;

    private const string Redacted = "[REDACTED]";

    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    // The pattern of the last set of secrets: a process (the command line) uses one set throughout.
    private static Tuple<string, Regex>? s_last;

    [GeneratedRegex(@"(?i)\bBearer\s+[^\s""',;]+")]
    private static partial Regex BearerToken();

    [GeneratedRegex(@"\bsk-[A-Za-z0-9_\-]{6,}")]
    private static partial Regex SecretKey();

    [GeneratedRegex(@"\beyJ[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+")]
    private static partial Regex Jwt();

    public static string Redact(string text) =>
        Jwt().Replace(SecretKey().Replace(BearerToken().Replace(text, "Bearer " + Redacted), Redacted), Redacted);

    public static string Redact(string text, string? secret) =>
        Redact(string.IsNullOrEmpty(secret) ? text : text.Replace(secret, Redacted, StringComparison.Ordinal));

    /// <summary>
    /// Removes every given secret, as written or in any of the forms a server echoes it in (JSON
    /// <c>\uXXXX</c> and <c>\/</c> escapes, URL percent-encoding in either case, <c>+</c> for a space,
    /// and mixes of these), then anything shaped like a key.
    /// </summary>
    public static string Redact(string text, IEnumerable<string?> secrets)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Redact(text, PatternFor(secrets));
    }

    /// <summary>Removes what <paramref name="secrets"/> matches (from <see cref="Compile"/>), then anything shaped like a key.</summary>
    public static string Redact(string text, Regex? secrets) => Redact(secrets is null ? text : secrets.Replace(text, Redacted));

    /// <summary>One pattern for every form of every secret, for a holder that redacts with the same secrets many times.</summary>
    public static Regex? Compile(IEnumerable<string?> secrets)
    {
        var distinct = Distinct(secrets);
        return distinct.Count == 0 ? null : CompileDistinct(distinct);
    }

    private static Regex? PatternFor(IEnumerable<string?> secrets)
    {
        var distinct = Distinct(secrets);
        if (distinct.Count == 0)
        {
            return null;
        }

        var key = string.Join('\0', distinct);
        if (Volatile.Read(ref s_last) is { } last && last.Item1 == key)
        {
            return last.Item2;
        }

        var pattern = CompileDistinct(distinct);
        Volatile.Write(ref s_last, Tuple.Create(key, pattern));
        return pattern;
    }

    private static List<string> Distinct(IEnumerable<string?> secrets) =>
        (secrets ?? []).OfType<string>().Where(s => s.Length >= MinimumSecretLength)
            .Distinct(StringComparer.Ordinal).OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal).ToList();

    private static Regex CompileDistinct(List<string> distinct) =>
        new(string.Join('|', distinct.Select(Forms)), RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, MatchTimeout);

    // One alternation per character: the character itself, or any way JSON or a URL writes it.
    private static string Forms(string secret)
    {
        var pattern = new StringBuilder("(?:");
        foreach (var rune in secret.EnumerateRunes())
        {
            var forms = new List<string> { Regex.Escape(rune.ToString()) };
            forms.Add(string.Concat(rune.ToString().Select(u => @"\\u" + ((int)u).ToString("x4", CultureInfo.InvariantCulture))));
            var percent = Encoding.UTF8.GetBytes(rune.ToString());
            forms.Add(string.Concat(percent.Select(b => "%" + b.ToString("x2", CultureInfo.InvariantCulture))));
            forms.Add(string.Concat(percent.Select(b => "%25" + b.ToString("x2", CultureInfo.InvariantCulture))));
            forms.Add(string.Concat(percent.Select(b => @"\\u0025" + b.ToString("x2", CultureInfo.InvariantCulture))));
            switch (rune.Value)
            {
                case '/': forms.Add(@"\\/"); break;
                case '\\': forms.Add(@"\\\\"); break;
                case '"': forms.Add(@"\\"""); break;
                case ' ': forms.Add(@"\+"); break;
                case '\t': forms.Add(@"\\t"); break;
                case '\n': forms.Add(@"\\n"); break;
                case '\r': forms.Add(@"\\r"); break;
            }

            pattern.Append("(?:").AppendJoin('|', forms).Append(')');
        }

        return pattern.Append(')').ToString();
    }
}
