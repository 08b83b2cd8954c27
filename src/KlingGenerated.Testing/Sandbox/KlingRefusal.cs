namespace KlingGenerated.Testing;

// A create Kling refuses: the HTTP status and the envelope it comes with, paired as the spec's
// error responses pair them.
internal sealed record KlingRefusal(int HttpStatus, int Code, string Message)
{
    public static KlingRefusal ForCode(int code, string? message, int? httpStatus) =>
        new(httpStatus ?? StatusFor(code), code, message ?? MessageFor(code));

    public static KlingRefusal ForStatus(int httpStatus)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(httpStatus, 400);
        var code = httpStatus switch
        {
            400 => 1200,
            401 => 1002,
            403 => 1103,
            404 => 1203,
            429 => 1302,
            503 => 5001,
            504 => 5002,
            _ => 5000,
        };
        return new(httpStatus, code, MessageFor(code));
    }

    private static int StatusFor(int code) => code switch
    {
        >= 1000 and < 1100 => 401,
        1103 => 403,
        >= 1100 and < 1200 => 429,
        1202 or 1203 => 404,
        >= 1200 and < 1302 => 400,
        >= 1302 and < 1400 => 429,
        5001 => 503,
        5002 => 504,
        _ => 500,
    };

    private static string MessageFor(int code) => code switch
    {
        1001 => "Authorization header is empty",
        1002 => "Authorization value is invalid",
        1100 => "account exception",
        1101 => "account in arrears",
        1102 => "resource pack exhausted",
        1103 => "No permission to access this model",
        1200 => "Invalid request parameters",
        1201 => "Invalid parameter",
        1203 => "Resource not found",
        1300 => "Trigger platform policy",
        1301 => "Trigger the content safety policy",
        1302 => "API request too fast, rate limit exceeded",
        1303 => "parallel task over resource pack limit",
        1304 => "Trigger the IP whitelist policy",
        5000 => "Internal server error",
        5001 => "Service temporarily unavailable",
        5002 => "Server timeout",
        _ => $"Kling error {code}",
    };
}
