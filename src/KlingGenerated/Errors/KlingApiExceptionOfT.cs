namespace KlingGenerated;

/// <summary>
/// A <see cref="KlingApiException"/> whose error body was read into <typeparamref name="TResult"/>.
/// </summary>
/// <typeparam name="TResult">The documented error body, <see cref="ErrorResponse"/> for every Kling route.</typeparam>
public class KlingApiException<TResult> : KlingApiException
{
    /// <summary>Creates the exception with NSwag's constructor signature.</summary>
    public KlingApiException(string message, int statusCode, string? response,
        IReadOnlyDictionary<string, IEnumerable<string>> headers, TResult result, Exception? innerException)
        : base(message, statusCode, response, headers, innerException)
    {
        Result = result;
    }

    /// <summary>The error body.</summary>
    public TResult Result { get; }
}
