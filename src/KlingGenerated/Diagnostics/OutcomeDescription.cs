using System.Globalization;
using Polly;

namespace KlingGenerated;

// A short, secret-free reason for logs and traces: the status and Kling code of a buffered response,
// or the exception's type and HttpRequestError. Exception messages are left out on purpose, since a
// handler further down could have put anything in them.
internal static class OutcomeDescription
{
    public static string Of(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is { } exception ? Of(exception) : outcome.Result is { } response ? Of(response) : "no response";

    public static string Of(Exception exception) => exception is HttpRequestException { HttpRequestError: var error and not HttpRequestError.Unknown }
        ? string.Create(CultureInfo.InvariantCulture, $"{exception.GetType().Name} ({error})")
        : exception.GetType().Name;

    public static string Of(HttpResponseMessage response)
    {
        var scan = KlingResponseScan.Read(response.Content);
        var status = (int)response.StatusCode;
        return scan switch
        {
            { IsJson: false } => string.Create(CultureInfo.InvariantCulture, $"HTTP {status} without a JSON body"),
            { Code: { } code and not 0 } => string.Create(CultureInfo.InvariantCulture, $"HTTP {status} (Kling code {code})"),
            // The odd code itself is the server's text, which a log never repeats.
            { OddCode: not null } => string.Create(CultureInfo.InvariantCulture, $"HTTP {status} (a Kling code that is not an int)"),
            { GatewayCode: { } gateway } => string.Create(CultureInfo.InvariantCulture, $"HTTP {status} (gateway code {gateway})"),
            _ => string.Create(CultureInfo.InvariantCulture, $"HTTP {status}"),
        };
    }
}
