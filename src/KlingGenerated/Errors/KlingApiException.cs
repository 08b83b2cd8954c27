using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace KlingGenerated;

/// <summary>
/// The service refused a request (a non-zero Kling <c>code</c> on any HTTP status, or the gateway's
/// <c>{"error": {...}}</c> body), or answered with a body the client could not read.
/// </summary>
/// <remarks>
/// Hand-written rather than generated (nswag.json: generateExceptionClasses=false) so its message
/// is readable and never carries a credential. The constructor keeps NSwag's signature, since the
/// generated operations create it. Neither the message nor <c>ToString()</c> includes request
/// headers, and any key-shaped text echoed in the body is redacted.
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

    private KlingApiException(Details details, Exception? innerException)
        : base(details.Message, innerException)
    {
        StatusCode = details.StatusCode;
        Response = details.Body;
        Headers = details.Headers;
        KlingCode = details.KlingCode;
        KlingMessage = details.KlingMessage;
        RequestId = details.RequestId;
        GatewayErrorCode = details.GatewayCode;
        Category = KlingErrorClassifier.Categorize(details.KlingCode, details.StatusCode);
        IsRetryable = KlingErrorClassifier.IsRetryable(details.KlingCode, details.StatusCode, details.GatewayCode);
        _retryAfterDelta = details.RetryAfterDelta;
        _retryAfterDate = details.RetryAfterDate;
    }

    /// <summary>The HTTP status code of the response.</summary>
    public int StatusCode { get; }

    /// <summary>The response body (redacted), when it was read.</summary>
    public string? Response { get; }

    /// <summary>The response headers (never the request's, which carry the key).</summary>
    public IReadOnlyDictionary<string, IEnumerable<string>> Headers { get; }

    /// <summary>Kling's business code (for example 1303), or null when the body had none.</summary>
    public int? KlingCode { get; }

    /// <summary>The message that came with the code, or the gateway error's message.</summary>
    public string? KlingMessage { get; }

    /// <summary>The server's request id, to quote to support.</summary>
    public string? RequestId { get; }

    /// <summary>The gateway's own error code (for example <c>invalid_request</c>), when the gateway answered.</summary>
    public string? GatewayErrorCode { get; }

    /// <summary>What kind of failure this is.</summary>
    public KlingErrorCategory Category { get; }

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
    public TimeSpan? RetryAfterFrom(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        return _retryAfterDelta ?? (_retryAfterDate is { } date ? (date - timeProvider.GetUtcNow()) is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero : null);
    }

    private sealed record Details(string Message, int StatusCode, string? Body, IReadOnlyDictionary<string, IEnumerable<string>> Headers,
        int? KlingCode, string? KlingMessage, string? RequestId, string? GatewayCode, TimeSpan? RetryAfterDelta, DateTimeOffset? RetryAfterDate);

    private static Details Read(string fallback, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>>? headers)
    {
        headers ??= new Dictionary<string, IEnumerable<string>>();
        var body = response is null ? null : SecretRedactor.Redact(response);
        int? code = null;
        string? text = null, requestId = null, gatewayCode = null;
        if (TryParseObject(body) is { } json)
        {
            code = json["code"]?.Type == JTokenType.Integer ? json.Value<int>("code") : null;
            text = json["message"]?.Type == JTokenType.String ? json.Value<string>("message") : null;
            requestId = json["request_id"]?.Type == JTokenType.String ? json.Value<string>("request_id") : null;
            if (json["error"] is JObject error)
            {
                text ??= error["message"]?.ToString();
                gatewayCode = error["code"]?.ToString();
            }
        }

        var message = Format(fallback, statusCode, body, code, text, requestId, gatewayCode, json: text is not null || code is not null);
        return new Details(message, statusCode, body, headers, code, text, requestId, string.IsNullOrEmpty(gatewayCode) ? null : gatewayCode, RetryAfterDeltaOf(headers), RetryAfterDateOf(headers));
    }

    private static string Format(string fallback, int statusCode, string? body, int? code, string? text, string? requestId, string? gatewayCode, bool json)
    {
        var category = KlingErrorClassifier.Categorize(code, statusCode);
        var builder = new StringBuilder().Append(CultureInfo.InvariantCulture, $"HTTP {statusCode}");
        builder.Append(code is not null and not 0
            ? string.Create(CultureInfo.InvariantCulture, $" (Kling code {code}, {KlingErrorClassifier.Describe(category)})")
            : string.Create(CultureInfo.InvariantCulture, $" ({KlingErrorClassifier.Describe(category)}{(gatewayCode is { Length: > 0 } ? ", gateway code " + gatewayCode : string.Empty)})"));
        builder.Append(": ").Append(json ? text ?? fallback : fallback);
        if (!json)
        {
            builder.Append(string.IsNullOrEmpty(body) ? " The response body was empty." : " The response body began: " + Excerpt(body));
        }

        if (requestId is not null)
        {
            builder.Append(" (request_id ").Append(requestId).Append(')');
        }

        return builder.ToString();
    }

    private static string Excerpt(string body)
    {
        var flat = body.ReplaceLineEndings(" ").Trim();
        return flat.Length <= ExcerptLength ? $"\"{flat}\"" : $"\"{flat[..ExcerptLength]}...\"";
    }

    private static JObject? TryParseObject(string? body)
    {
        if (string.IsNullOrWhiteSpace(body) || body.TrimStart()[0] != '{')
        {
            return null;
        }

        try
        {
            return JObject.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

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
