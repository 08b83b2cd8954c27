using System.Globalization;

namespace KlingGenerated;

/// <summary>
/// An answer was larger than <see cref="KlingClientOptions.MaxResponseBytes"/>, so it was not read: its
/// declared length was over the limit, or its body went past the limit while it was read (an endless body).
/// </summary>
/// <remarks>
/// An unreadable answer (<see cref="KlingApiException.IsUnreadable"/>), not a refusal: a create answered so may
/// still have made a task, which the client looks up by its external_task_id before it sends the create again.
/// </remarks>
public sealed class KlingResponseTooLargeException : KlingApiException
{
    internal KlingResponseTooLargeException(HttpResponseMessage response, long limit, long? declaredLength)
        : base(MessageFor(response, limit, declaredLength), (int)response.StatusCode, new ResponseHeaders(response), innerException: null)
    {
        Limit = limit;
        Route = RequestRoute.Of(response.RequestMessage);
        DeclaredLength = declaredLength;
    }

    /// <summary>The limit in bytes that the answer went over.</summary>
    public long Limit { get; }

    /// <summary>The route that answered, for example <c>videos/image2video</c>.</summary>
    public string Route { get; }

    /// <summary>The Content-Length the server declared, when it declared one.</summary>
    public long? DeclaredLength { get; }

    private static string MessageFor(HttpResponseMessage response, long limit, long? declaredLength) => string.Create(CultureInfo.InvariantCulture,
        $"HTTP {(int)response.StatusCode} from {RequestRoute.Of(response.RequestMessage)}: the answer could not be read: it is larger than the limit of {Size(limit)} (KlingClientOptions.MaxResponseBytes){(declaredLength is { } declared ? $"; it declared {declared} bytes and was not read" : "; reading stopped at the limit")}.");

    private static string Size(long bytes) => bytes % (1024 * 1024) == 0
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024 * 1024)} MiB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes");
}
