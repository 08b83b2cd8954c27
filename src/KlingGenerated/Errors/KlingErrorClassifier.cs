namespace KlingGenerated;

// Kling's business codes decide, not the HTTP status: 429 carries both retryable (1302, 1303) and
// final (1100-1102, 1304) codes. Without a Kling code, the gateway's status and error code decide.
internal static class KlingErrorClassifier
{
    public static KlingErrorCategory Categorize(int? klingCode, int statusCode) => klingCode switch
    {
        >= 1000 and <= 1004 => KlingErrorCategory.Authentication,
        >= 1100 and <= 1103 => KlingErrorCategory.AccountOrQuota,
        >= 1200 and <= 1203 => KlingErrorCategory.InvalidRequest,
        1300 or 1301 => KlingErrorCategory.ContentPolicy,
        1302 => KlingErrorCategory.RateLimited,
        1303 => KlingErrorCategory.ConcurrencyLimit,
        1304 => KlingErrorCategory.IpPolicy,
        >= 5000 and <= 5002 => KlingErrorCategory.Server,
        not null and not 0 => KlingErrorCategory.Unknown,
        _ => statusCode switch
        {
            401 => KlingErrorCategory.Authentication,
            403 => KlingErrorCategory.AccountOrQuota,
            400 or 404 or 405 or 413 or 415 or 422 => KlingErrorCategory.InvalidRequest,
            429 => KlingErrorCategory.RateLimited,
            >= 500 => KlingErrorCategory.Server,
            _ => KlingErrorCategory.Unknown,
        },
    };

    public static bool IsRetryable(int? klingCode, int statusCode, string? gatewayCode)
    {
        if (klingCode is not null and not 0)
        {
            return klingCode is 1302 or 1303 or (>= 5000 and <= 5002);
        }

        if (string.Equals(gatewayCode, "invalid_request", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return statusCode is 408 or 429 or 500 or 502 or 503 or 504 or 524;
    }

    public static string Describe(KlingErrorCategory category) => category switch
    {
        KlingErrorCategory.Authentication => "authentication",
        KlingErrorCategory.AccountOrQuota => "account or quota",
        KlingErrorCategory.InvalidRequest => "invalid request",
        KlingErrorCategory.ContentPolicy => "content policy",
        KlingErrorCategory.RateLimited => "rate limited",
        KlingErrorCategory.ConcurrencyLimit => "concurrency limit",
        KlingErrorCategory.IpPolicy => "IP policy",
        KlingErrorCategory.Server => "server error",
        _ => "unknown error",
    };
}
