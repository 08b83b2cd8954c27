using System.Globalization;
using Newtonsoft.Json.Linq;

namespace KlingGenerated.Testing;

/// <summary>A request as WireMock received it, read from its request journal.</summary>
public sealed class RecordedRequest
{
    private RecordedRequest(string method, string url, IReadOnlyDictionary<string, string> headers, string body, bool matched, DateTimeOffset loggedAt, JObject? serveEvent)
    {
        ResponseStatus = serveEvent?["response"]?.Value<int?>("status");
        ResponseBody = serveEvent?["response"]?.Value<string>("body");
        StubMetadata = serveEvent?["stubMapping"]?["metadata"] as JObject;
        Method = method;
        Url = url;
        Headers = headers;
        Body = body;
        WasMatched = matched;
        LoggedAt = loggedAt;
    }

    /// <summary>The HTTP method, upper case.</summary>
    public string Method { get; }

    /// <summary>The path and query, as sent.</summary>
    public string Url { get; }

    /// <summary>The path without the query.</summary>
    public string Path => Url.Split('?', 2)[0];

    /// <summary>The request headers, by name (case-insensitive); several values are joined with ", ".</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>The body as text (empty when there was none).</summary>
    public string Body { get; }

    /// <summary>Whether a stub answered it.</summary>
    public bool WasMatched { get; }

    /// <summary>When WireMock received it.</summary>
    public DateTimeOffset LoggedAt { get; }

    /// <summary>The HTTP status WireMock answered with, when the journal recorded it (null for a fault).</summary>
    public int? ResponseStatus { get; }

    /// <summary>The response body WireMock sent, when the journal recorded it.</summary>
    public string? ResponseBody { get; }

    // The metadata of the stub that answered, which is how the sandbox tells a create from a contract violation.
    internal JObject? StubMetadata { get; }

    /// <summary>The body parsed as JSON.</summary>
    public JToken BodyAsJson() => JToken.Parse(Body);

    /// <summary>A header's value, or null.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <inheritdoc />
    public override string ToString() => $"{Method} {Url}";

    internal static RecordedRequest FromServeEvent(JObject serveEvent) =>
        Create((JObject)serveEvent["request"]!, serveEvent["wasMatched"]?.Value<bool>() ?? false, serveEvent);

    internal static RecordedRequest FromLoggedRequest(JObject request) => Create(request, matched: false, serveEvent: null);

    private static RecordedRequest Create(JObject request, bool matched, JObject? serveEvent)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (request["headers"] is JObject raw)
        {
            foreach (var (name, value) in raw)
            {
                headers[name] = value is JArray values ? string.Join(", ", values.Values<string>()) : value?.ToString() ?? string.Empty;
            }
        }

        var loggedAt = request["loggedDate"] is { Type: JTokenType.Integer } ms
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms.Value<long>())
            : DateTimeOffset.Parse(request.Value<string>("loggedDateString") ?? "1970-01-01T00:00:00Z", CultureInfo.InvariantCulture);
        return new RecordedRequest(
            request.Value<string>("method") ?? string.Empty,
            request.Value<string>("url") ?? string.Empty,
            headers,
            request.Value<string>("body") ?? string.Empty,
            matched,
            loggedAt,
            serveEvent);
    }
}
