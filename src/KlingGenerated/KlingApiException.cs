namespace KlingGenerated;

/// <summary>
/// The service answered with an error, or with a body the client could not read.
/// </summary>
/// <remarks>
/// Hand-written rather than generated (nswag.json: generateExceptionClasses=false) so the message and
/// <c>ToString()</c> are under our control. The constructor keeps NSwag's signature, since the
/// generated operations create it.
/// </remarks>
public class KlingApiException : Exception
{
    /// <summary>Creates the exception with NSwag's constructor signature.</summary>
    public KlingApiException(string message, int statusCode, string? response,
        IReadOnlyDictionary<string, IEnumerable<string>> headers, Exception? innerException)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        Response = response;
        Headers = headers;
    }

    /// <summary>The HTTP status code of the response.</summary>
    public int StatusCode { get; }

    /// <summary>The response body as text, when it was read.</summary>
    public string? Response { get; }

    /// <summary>The response headers (never the request's, which carry the key).</summary>
    public IReadOnlyDictionary<string, IEnumerable<string>> Headers { get; }
}
