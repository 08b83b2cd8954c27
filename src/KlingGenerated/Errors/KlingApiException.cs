using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace KlingGenerated;

/// <summary>
/// The service refused a request (a non-zero Kling <c>code</c> on any HTTP status, or the gateway's
/// <c>{"error": {...}}</c> body), or answered with a body the client could not read
/// (<see cref="IsUnreadable"/>: not JSON, cut short, too large, or not the answer the API documents).
/// </summary>
/// <remarks>
/// Hand-written rather than generated (nswag.json: generateExceptionClasses=false) so its message
/// is readable and never carries a credential. The constructor keeps NSwag's signature, since the
/// generated operations create it. Neither the message nor <c>ToString()</c> includes request
/// headers, and any key-shaped text echoed in the body is redacted after JSON unescaping, as is the
/// client's own key in any form.
/// </remarks>
public class KlingApiException : Exception
{
    private const int ExcerptLength = 256;

    /// <summary>Creates the exception with NSwag's constructor signature.</summary>
    public KlingApiException(string message, int statusCode, string? response,
        IReadOnlyDictionary<string, IEnumerable<string>> headers, Exception? innerException)
        : this(Read(message, statusCode, response, headers), innerException)
    {
    }

    /// <summary>For an answer whose body was not read at all (too large): <paramref name="message"/> is the whole message.</summary>
    private protected KlingApiException(string message, int statusCode, IReadOnlyDictionary<string, IEnumerable<string>>? headers, Exception? innerException)
        : this(Unread(message, statusCode, headers), innerException)
    {
    }

    private KlingApiException(Details details, Exception? innerException)
        : base(details.Message, Sanitized(innerException, details.Secrets))
    {
        StatusCode = details.StatusCode;
        Response = details.Body;
        Headers = details.Headers;
        KlingCode = details.Code.Number;
        RawKlingCode = details.Code.Text;
        KlingMessage = details.KlingMessage;
        RequestId = details.RequestId;
        GatewayErrorCode = details.GatewayCode;
        IsUnreadable = details.Unreadable;
        AnsweredInJson = details.Json;
        Category = CategoryOf(details.Code, details.StatusCode);
        IsRetryable = details.Code.Text is null && KlingErrorClassifier.IsRetryable(details.Code.Number, details.StatusCode, details.GatewayCode);
        _retryAfterDelta = details.RetryAfterDelta;
        _retryAfterDate = details.RetryAfterDate;
    }

    /// <summary>The HTTP status code of the response.</summary>
    public int StatusCode { get; }

    /// <summary>The response body (redacted), when it was read.</summary>
    public string? Response { get; }

    /// <summary>The response headers (never the request's, which carry the key).</summary>
    public IReadOnlyDictionary<string, IEnumerable<string>> Headers { get; }

    /// <summary>Kling's business code (for example 1303), or null when the body had none or had one that is not an int (see <see cref="RawKlingCode"/>).</summary>
    public int? KlingCode { get; }

    /// <summary>The <c>code</c> as the server wrote it when it is not an int (for example <c>1099511627776</c>, <c>1.5</c> or <c>true</c>); otherwise null.</summary>
    public string? RawKlingCode { get; }

    /// <summary>The message that came with the code, or the gateway error's message.</summary>
    public string? KlingMessage { get; }

    /// <summary>The server's request id, to quote to support.</summary>
    public string? RequestId { get; }

    /// <summary>The gateway's own error code (for example <c>invalid_request</c>), when the gateway answered.</summary>
    public string? GatewayErrorCode { get; }

    /// <summary>What kind of failure this is.</summary>
    public KlingErrorCategory Category { get; }

    /// <summary>
    /// True when the answer could not be read (a body that is not JSON, is cut short, is larger than
    /// <see cref="KlingClientOptions.MaxResponseBytes"/>, or is not the answer the API documents), rather than
    /// refused by the API (a Kling code, the gateway's error body, or a 4xx status). A create answered so may
    /// still have made a task: look it up by its external_task_id.
    /// </summary>
    public bool IsUnreadable { get; }

    // Whether the body was a JSON object: a 404 proves a task absent only then (TaskAbsence).
    internal bool AnsweredInJson { get; }

    /// <summary>
    /// Whether sending the same request again later can succeed: only for codes 1302, 1303 and
    /// 5000-5002, and for the gateway's 429 and 5xx other than <c>invalid_request</c>.
    /// </summary>
    public bool IsRetryable { get; }

    /// <summary>How long the server asked to wait (Retry-After), when it said; a date is measured against the system clock.</summary>
    public TimeSpan? RetryAfter => RetryAfterFrom(TimeProvider.System);

    private readonly TimeSpan? _retryAfterDelta;
    private readonly DateTimeOffset? _retryAfterDate;

    /// <summary>How long the server asked to wait (Retry-After), a date measured against <paramref name="timeProvider"/>.</summary>
    /// <param name="timeProvider">The clock the caller waits on.</param>
    /// <returns>The wait (zero for a past date), or null when the server did not say.</returns>
    internal TimeSpan? RetryAfterFrom(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        return RetryAfterHeader.Wait(_retryAfterDelta, _retryAfterDate, timeProvider);
    }

    private sealed record Details(string Message, int StatusCode, string? Body, IReadOnlyDictionary<string, IEnumerable<string>> Headers,
        KlingCodeText Code, string? KlingMessage, string? RequestId, string? GatewayCode, TimeSpan? RetryAfterDelta, DateTimeOffset? RetryAfterDate,
        bool Unreadable, KnownSecrets Secrets, bool Json = false);

    private static KlingErrorCategory CategoryOf(KlingCodeText code, int statusCode) =>
        code.Text is not null ? KlingErrorCategory.Unknown : KlingErrorClassifier.Categorize(code.Number, statusCode);

    private static Details Unread(string message, int statusCode, IReadOnlyDictionary<string, IEnumerable<string>>? headers)
    {
        headers ??= new Dictionary<string, IEnumerable<string>>();
        return new Details(message, statusCode, null, headers, default, null, null, null, RetryAfterDeltaOf(headers), RetryAfterDateOf(headers),
            Unreadable: true, (headers as ResponseHeaders)?.Secrets ?? KnownSecrets.None);
    }

    private static Details Read(string fallback, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>>? headers)
    {
        headers ??= new Dictionary<string, IEnumerable<string>>();
        var secrets = (headers as ResponseHeaders)?.Secrets ?? KnownSecrets.None;
        var body = response is null ? null : secrets.Redact(response);
        var envelope = response is null ? default : EnvelopeOf(response, headers);
        if (!envelope.Json && TryParseObject(response) is { } tree)
        {
            // What the strict scan calls unreadable (a string that is not UTF-8) may still be an object to Newtonsoft, as it always was here.
            envelope = EnvelopeOf(tree);
        }

        var json = envelope.Json;
        if (json && response!.Contains('\\', StringComparison.Ordinal) && TryParseObject(response) is { } escaped && RedactStrings(escaped, secrets))
        {
            // An escape can hide a key from the redaction of the raw text (\u0073k-...): the body is written back
            // unescaped, and redacted once more, as a property name is no string value and may be a key too.
            body = secrets.Redact(escaped.ToString(Formatting.None));
        }

        var code = envelope.Code.Redacted(secrets);
        var text = Redacted(envelope.Message, secrets);
        var requestId = Redacted(envelope.RequestId, secrets);
        var hasError = envelope.HasError;
        if (hasError)
        {
            text ??= Redacted(envelope.ErrorMessage, secrets);
        }

        var gatewayCode = envelope.GatewayCode is { } gateway ? KlingCodeText.Shorten(gateway, secrets) : null;

        // Refused: the API said so (a code, the gateway's error, a message on an error status, or any 4xx).
        // Anything else that ends in an exception is an answer the client could not read.
        var refused = statusCode is >= 400 and < 500
            || (json && (code.IsNonZero || hasError || (text is not null && statusCode is < 200 or >= 300)));
        var details = new Details(string.Empty, statusCode, body, headers, code, text, requestId, string.IsNullOrEmpty(gatewayCode) ? null : gatewayCode,
            RetryAfterDeltaOf(headers), RetryAfterDateOf(headers), Unreadable: !refused, secrets, Json: json);
        return details with { Message = refused ? FormatRefusal(fallback, details, json && (text is not null || code.IsPresent)) : FormatUnreadable(fallback, details, json) };
    }

    private static string FormatRefusal(string fallback, Details details, bool json)
    {
        var category = CategoryOf(details.Code, details.StatusCode);
        var builder = new StringBuilder().Append(CultureInfo.InvariantCulture, $"HTTP {details.StatusCode}");
        builder.Append(details.Code.IsNonZero
            ? string.Create(CultureInfo.InvariantCulture, $" (Kling code {details.Code}, {KlingErrorClassifier.Describe(category)})")
            : string.Create(CultureInfo.InvariantCulture, $" ({KlingErrorClassifier.Describe(category)}{(details.GatewayCode is { Length: > 0 } ? ", gateway code " + details.GatewayCode : string.Empty)})"));
        builder.Append(": ").Append(json ? details.KlingMessage ?? fallback : fallback);
        if (!json)
        {
            AppendBody(builder, details.Body);
        }

        if (details.RequestId is not null)
        {
            builder.Append(" (request_id ").Append(details.RequestId).Append(')');
        }

        var wait = RetryAfterHeader.Wait(details.RetryAfterDelta, details.RetryAfterDate, TimeProvider.System);
        if (wait is { } asked && asked > TimeSpan.Zero)
        {
            builder.Append(CultureInfo.InvariantCulture, $". The server asked to wait {Math.Ceiling(asked.TotalSeconds):0} s before trying again (Retry-After)");
            builder.Append(category is KlingErrorCategory.RateLimited or KlingErrorCategory.ConcurrencyLimit ? "; no task was created." : ".");
        }

        return builder.ToString();
    }

    private static string FormatUnreadable(string fallback, Details details, bool json)
    {
        var builder = new StringBuilder().Append(CultureInfo.InvariantCulture, $"HTTP {details.StatusCode}");
        if (details.StatusCode >= 500)
        {
            builder.Append(" (").Append(KlingErrorClassifier.Describe(KlingErrorCategory.Server)).Append(')');
        }

        builder.Append(": the answer could not be read");
        if (string.IsNullOrEmpty(details.Body))
        {
            // No body at all (null) means none was given to quote, not that the server sent nothing.
            builder.Append(details.Body is null ? ": " + Sentence(fallback) : ". The response body was empty.");
            return builder.ToString();
        }

        builder.Append(json ? ": " + Sentence(fallback) : ": it is not JSON.");
        AppendBody(builder, details.Body);
        return builder.ToString();
    }

    private static string Sentence(string text) =>
        text.Length == 0 ? "no reason given." : char.ToLowerInvariant(text[0]) + text[1..].TrimEnd('.') + ".";

    private static void AppendBody(StringBuilder builder, string? body) =>
        builder.Append(string.IsNullOrEmpty(body) ? " The response body was empty." : " The response body began: " + Excerpt(body));

    private static string Excerpt(string body)
    {
        var flat = body.ReplaceLineEndings(" ").Trim();
        return flat.Length <= ExcerptLength ? $"\"{flat}\"" : $"\"{flat[..ExcerptLength]}...\"";
    }

    // What the exception reports from a body, as the server sent it (not redacted yet).
    private readonly record struct Envelope(bool Json, KlingCodeText Code, string? Message, string? RequestId, bool HasError, string? ErrorMessage, string? GatewayCode);

    // The answer's one scan, kept with its buffered body, when the generated client read it (its headers
    // carry the response); a body handed over as text alone is scanned here.
    private static Envelope EnvelopeOf(string response, IReadOnlyDictionary<string, IEnumerable<string>> headers)
    {
        var scan = headers is ResponseHeaders { Content: BufferedResponseContent buffered }
            ? buffered.Scan
            : KlingResponseScan.Read(Encoding.UTF8.GetBytes(response));
        return new Envelope(scan.IsJson, new KlingCodeText(scan.Code, scan.OddCode), scan.Message, scan.RequestId, scan.HasError, scan.ErrorMessage, scan.GatewayCode);
    }

    private static Envelope EnvelopeOf(JObject json)
    {
        var error = json["error"] as JObject;
        return new Envelope(true, KlingCodeText.Of(json["code"]),
            json["message"]?.Type == JTokenType.String ? json.Value<string>("message") : null,
            json["request_id"]?.Type == JTokenType.String ? json.Value<string>("request_id") : null,
            error is not null, error?["message"]?.ToString(), GatewayCodeOf(error?["code"]));
    }

    private static string? Redacted(string? text, KnownSecrets secrets) => text is null ? null : secrets.Redact(text);

    private static JObject? TryParseObject(string? body)
    {
        if (string.IsNullOrWhiteSpace(body) || body.TrimStart()[0] != '{')
        {
            return null;
        }

        try
        {
            EnvelopeParses.Count();
            return JObject.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // The gateway's code as text: a string or a number as written, anything else as compact JSON.
    private static string? GatewayCodeOf(JToken? token) => token?.Type switch
    {
        null or JTokenType.Null or JTokenType.Undefined => null,
        JTokenType.String => token.Value<string>() is { Length: > 0 } text ? text : null,
        _ => token.ToString(Formatting.None),
    };

    // Every string of the parsed body, unescaped, with keys removed; true when one changed, or when a
    // property name holds a key (names are not rewritten here: the re-serialised body is redacted whole).
    private static bool RedactStrings(JObject json, KnownSecrets secrets)
    {
        var changed = false;
        foreach (var token in json.Descendants())
        {
            if (token is JProperty property)
            {
                changed |= !string.Equals(property.Name, secrets.Redact(property.Name), StringComparison.Ordinal);
                continue;
            }

            if (token is not JValue { Type: JTokenType.String } value)
            {
                continue;
            }

            var text = (string)value.Value!;
            var redacted = secrets.Redact(text);
            if (!string.Equals(text, redacted, StringComparison.Ordinal))
            {
                value.Value = redacted;
                changed = true;
            }
        }

        return changed;
    }

    // A JSON reader's message may quote the value it could not convert, which may be a key.
    private static Exception? Sanitized(Exception? inner, KnownSecrets secrets) =>
        inner is JsonException or System.Text.Json.JsonException && secrets.Redact(inner.Message) is var redacted && !string.Equals(redacted, inner.Message, StringComparison.Ordinal)
            ? new JsonException(redacted)
            : inner;

    // Kept as the server said it, so a date can be measured against the caller's clock later.
    private static string? RetryAfterValue(IReadOnlyDictionary<string, IEnumerable<string>> headers) =>
        headers.FirstOrDefault(h => string.Equals(h.Key, "Retry-After", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

    private static TimeSpan? RetryAfterDeltaOf(IReadOnlyDictionary<string, IEnumerable<string>> headers) =>
        int.TryParse(RetryAfterValue(headers), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? TimeSpan.FromSeconds(seconds) : null;

    private static DateTimeOffset? RetryAfterDateOf(IReadOnlyDictionary<string, IEnumerable<string>> headers) =>
        RetryAfterValue(headers) is { } value && !int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _)
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : null;
}
