using System.CommandLine;

namespace KlingGenerated.Cli;

// Every secret the user may have handed over, found before anything is printed: option values
// (even ones the parser misread), the key variables, and the credentials inside a base URL.
internal static class CliSecrets
{
    /// <summary>The options whose value is, or may contain, a credential.</summary>
    public static readonly string[] SecretOptions = ["--api-key", "--secret-key", "--access-key", "--base-url"];

    // Words that make any option name, known or misspelt, one whose value is kept out of output.
    private static readonly string[] SecretWords = ["key", "secret", "token", "password", "baseurl"];

    /// <summary>The variables that hold a key or a base URL.</summary>
    public static readonly string[] SecretVariables =
        ["KLING_API_KEY", "KLING_SECRET_KEY", "KLING_ACCESS_KEY", "KLING_BASE_URL", "COMETAPI_KEY", "COMETAPI_API_KEY"];

    /// <summary>
    /// The secrets on a command line: the first token after each secret option that is not an option
    /// name (whatever the parser made of it), <c>--option=value</c> forms, and the values of the key variables.
    /// </summary>
    public static List<string> From(IReadOnlyList<string> args, ParseResult parse, RootCommand root, CliHost host)
    {
        var names = OptionNames(root);
        return [.. OfTokens(args, names), .. OfTokens([.. parse.Tokens.Select(t => t.Value)], names), .. OfVariables(host)];
    }

    private static IEnumerable<string> OfTokens(IReadOnlyList<string> tokens, HashSet<string> names)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!IsSecretOptionName(token, out var inlineValue))
            {
                continue;
            }

            if (inlineValue is not null)
            {
                foreach (var secret in OfValue(inlineValue))
                {
                    yield return secret;
                }

                continue;
            }

            // A missing value makes the parser take the next option name as the value, and the secret
            // meant for this option is then echoed as an unknown argument.
            var next = i + 1;
            while (next < tokens.Count && names.Contains(tokens[next]))
            {
                next++;
            }

            if (next < tokens.Count)
            {
                foreach (var secret in OfValue(tokens[next]))
                {
                    yield return secret;
                }
            }
        }
    }

    /// <summary>
    /// Whether a token names a secret option, also as a tired user types it (<c>--Api-Key</c>,
    /// <c>--secret_key</c>, <c>-apikey</c>, <c>--token</c>): a misspelt option is an unknown argument,
    /// and the parser would echo the key after it. An inline <c>=value</c> or <c>:value</c> is returned.
    /// </summary>
    private static bool IsSecretOptionName(string token, out string? inlineValue)
    {
        inlineValue = null;
        if (token.Length < 2 || token[0] != '-')
        {
            return false;
        }

        var name = token.TrimStart('-');
        var separator = name.IndexOfAny(['=', ':']);
        if (separator >= 0)
        {
            inlineValue = name[(separator + 1)..];
            name = name[..separator];
        }

        var plain = string.Concat(name.Where(char.IsAsciiLetterOrDigit)).ToLowerInvariant();
        var secret = SecretOptions.Any(o => o.Replace("-", string.Empty, StringComparison.Ordinal) == plain)
            || SecretWords.Any(w => plain.Contains(w, StringComparison.Ordinal));
        if (!secret || inlineValue is { Length: 0 })
        {
            inlineValue = null;
        }

        return secret;
    }

    private static IEnumerable<string> OfVariables(CliHost host)
    {
        foreach (var name in SecretVariables)
        {
            if (host.Environment(name) is { } value)
            {
                foreach (var secret in OfValue(value))
                {
                    yield return secret;
                }
            }
        }
    }

    /// <summary>A value as given (and trimmed) or, when it is a URL, the credentials inside it.</summary>
    public static IEnumerable<string> OfValue(string value)
    {
        if (Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return OfUrl(uri);
        }

        return [value, value.Trim()];
    }

    /// <summary>The password (or a user name standing alone, as tokens are passed) and every query value of a URL, as written and decoded.</summary>
    public static IEnumerable<string> OfUrl(Uri? url)
    {
        if (url is null || !url.IsAbsoluteUri)
        {
            yield break;
        }

        var parts = new List<string>();
        if (url.UserInfo.Length > 0)
        {
            parts.Add(url.UserInfo);
            if (url.UserInfo.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0)
            {
                parts.Add(url.UserInfo[(colon + 1)..]);
            }
        }

        foreach (var pair in url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            parts.Add(equals < 0 ? pair : pair[(equals + 1)..]);
        }

        foreach (var part in parts.Where(p => p.Length > 0))
        {
            yield return part;
            yield return Decode(part);
        }
    }

    /// <summary>The URL to show: user name, password and query values replaced.</summary>
    public static string Display(Uri url)
    {
        var query = url.Query.Length > 1
            ? "?" + string.Join('&', url.Query[1..].Split('&').Select(p => p.Contains('=', StringComparison.Ordinal) ? p[..p.IndexOf('=', StringComparison.Ordinal)] + "=[REDACTED]" : "[REDACTED]"))
            : string.Empty;
        var userInfo = url.UserInfo.Length > 0 ? "[REDACTED]@" : string.Empty;
        return $"{url.Scheme}://{userInfo}{url.Authority}{url.AbsolutePath}{query}";
    }

    private static string Decode(string part)
    {
        try
        {
            return Uri.UnescapeDataString(part.Replace('+', ' '));
        }
        catch (UriFormatException)
        {
            return part;
        }
    }

    private static HashSet<string> OptionNames(Command root)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<Command>([root]);
        while (pending.Count > 0)
        {
            var command = pending.Pop();
            foreach (var option in command.Options)
            {
                names.Add(option.Name);
                names.UnionWith(option.Aliases);
            }

            foreach (var sub in command.Subcommands)
            {
                pending.Push(sub);
            }
        }

        return names;
    }
}
