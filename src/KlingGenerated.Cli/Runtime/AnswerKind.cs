using System.Net;
using Newtonsoft.Json;

namespace KlingGenerated.Cli;

/// <summary>What a <see cref="KlingApiException"/> says about the server: it refused, or its answer could not be read.</summary>
internal enum AnswerKind
{
    /// <summary>A Kling or gateway error: the API looked at the request and said no.</summary>
    Refused,

    /// <summary>Not a Kling answer at all: not JSON, cut short, too large, or a proxy's error page.</summary>
    Unreadable,
}

// The one place that tells the two apart, so a dedicated member on the exception can replace the guess.
internal static class AnswerKinds
{
    public static AnswerKind Of(KlingApiException error)
    {
        // Code 0 is Kling's "success": an exception that carries it is about a body that could not be read.
        if (error.KlingCode is not (null or 0) || error.GatewayErrorCode is not null)
        {
            return AnswerKind.Refused;
        }

        var successful = error.StatusCode is >= 200 and < 300;
        var unreadableInner = error.InnerException is JsonException or HttpRequestException or IOException or InvalidDataException;
        var serverFailure = error.StatusCode >= (int)HttpStatusCode.InternalServerError;
        return successful || unreadableInner || serverFailure ? AnswerKind.Unreadable : AnswerKind.Refused;
    }
}
