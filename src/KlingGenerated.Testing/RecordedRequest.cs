using Newtonsoft.Json.Linq;
using WireMock.Logging;

namespace KlingGenerated.Testing;

/// <summary>A request as the server received it, read from WireMock.Net's request log.</summary>
public sealed class RecordedRequest
{
    private RecordedRequest(ILogEntry entry)
    {
        var request = entry.RequestMessage;
        Method = request.Method.ToUpperInvariant();
        // WireMock.Net decodes its paths; the URL re-escaped is what the client sent.
        Url = new Uri(request.AbsoluteUrl).PathAndQuery;
        Headers = (request.Headers ?? new Dictionary<string, WireMock.Types.WireMockList<string>>())
            .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        Body = request.Body ?? string.Empty;
        WasMatched = entry.MappingGuid is not null;
        LoggedAt = new DateTimeOffset(DateTime.SpecifyKind(request.DateTime, DateTimeKind.Utc));
        MappingGuid = entry.MappingGuid;
        ResponseStatus = entry.ResponseMessage?.StatusCode switch
        {
            int status => status,
            System.Net.HttpStatusCode status => (int)status,
            string text when int.TryParse(text, out var status) => status,
            _ => null,
        };
        ResponseBody = entry.ResponseMessage?.BodyData?.BodyAsString
            ?? (entry.ResponseMessage?.BodyData?.BodyAsJson is { } json ? JToken.FromObject(json).ToString(Newtonsoft.Json.Formatting.None) : null);
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

    /// <summary>Whether a mapping answered it.</summary>
    public bool WasMatched { get; }

    /// <summary>When the server received it.</summary>
    public DateTimeOffset LoggedAt { get; }

    /// <summary>The HTTP status the server answered with (null for a fault or when none was set).</summary>
    public int? ResponseStatus { get; }

    /// <summary>The response body the server sent, when the log has it.</summary>
    public string? ResponseBody { get; }

    // The mapping that answered, which is how the sandbox tells a create from a contract violation.
    internal Guid? MappingGuid { get; }

    /// <summary>The body parsed as JSON.</summary>
    public JToken BodyAsJson() => JToken.Parse(Body);

    /// <summary>A header's value, or null.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <inheritdoc />
    public override string ToString() => $"{Method} {Url}";

    /// <summary>A snapshot of one entry of WireMock.Net's request log.</summary>
    public static RecordedRequest From(ILogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new RecordedRequest(entry);
    }
}
