using System.Globalization;
using System.Text;
using Polly;

namespace KlingGenerated;

// A short, secret-free reason for logs and traces: the status and Kling code of a buffered response,
// or the exception's type and HttpRequestError. Exception messages are left out on purpose, since a
// handler further down could have put anything in them. The gateway's code is the server's text: it is
// logged redacted, cut short, and with control characters escaped, so it can never forge a log line.
internal static class OutcomeDescription
{
    private const int MaxGatewayCodeLength = 32;

    public static string Of(Outcome<HttpResponseMessage> outcome, KnownSecrets secrets) =>
        outcome.Exception is { } exception ? Of(exception) : outcome.Result is { } response ? Of(response, secrets) : "no response";

    public static string Of(Exception exception) => exception is HttpRequestException { HttpRequestError: var error and not HttpRequestError.Unknown }
        ? string.Create(CultureInfo.InvariantCulture, $"{exception.GetType().Name} ({error})")
        : exception.GetType().Name;

    public static string Of(HttpResponseMessage response, KnownSecrets secrets)
    {
        var scan = KlingResponseScan.Read(response.Content);
        var status = (int)response.StatusCode;
        return scan switch
        {
            { IsJson: false } => string.Create(CultureInfo.InvariantCulture, $"HTTP {status} without a JSON body"),
            { Code: { } code and not 0 } => string.Create(CultureInfo.InvariantCulture, $"HTTP {status} (Kling code {code})"),
            // The odd code itself is the server's text, which a log never repeats.
            { OddCode: not null } => string.Create(CultureInfo.InvariantCulture, $"HTTP {status} (a Kling code that is not an int)"),
            { GatewayCode: { } gateway } => string.Create(CultureInfo.InvariantCulture, $"HTTP {status} (gateway code {Loggable(gateway, secrets)})"),
            _ => string.Create(CultureInfo.InvariantCulture, $"HTTP {status}"),
        };
    }

    /// <summary>The server's text redacted first (so no cut can leave part of a key), then cut short, then with every control or format character written as <c>\uXXXX</c>.</summary>
    public static string Loggable(string text, KnownSecrets secrets)
    {
        var redacted = secrets.Redact(text);
        var fits = redacted.Length <= MaxGatewayCodeLength;
        var kept = fits ? redacted : redacted[..(char.IsHighSurrogate(redacted[MaxGatewayCodeLength - 1]) ? MaxGatewayCodeLength - 1 : MaxGatewayCodeLength)];
        var builder = new StringBuilder(kept.Length + 8);
        for (var i = 0; i < kept.Length; i++)
        {
            var c = kept[i];
            var paired = char.IsHighSurrogate(c) && i + 1 < kept.Length && char.IsLowSurrogate(kept[i + 1]);
            if (paired)
            {
                builder.Append(c).Append(kept[++i]);
            }
            else if (char.IsSurrogate(c) || char.IsControl(c) || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return fits ? builder.ToString() : builder.Append("...").ToString();
    }
}
