namespace KlingGenerated;

/// <summary>What kind of failure a <see cref="KlingApiException"/> reports, from Kling's code (or the HTTP status when there is none).</summary>
public enum KlingErrorCategory
{
    /// <summary>No code the client knows, and a status that says nothing more.</summary>
    Unknown,

    /// <summary>Codes 1000-1004 (HTTP 401): the key or token is missing, invalid or expired.</summary>
    Authentication,

    /// <summary>Codes 1100-1103: the account is abnormal, in arrears, out of resource packs, or lacks permission.</summary>
    AccountOrQuota,

    /// <summary>Codes 1200-1203 (HTTP 400/404): a parameter, method or resource is wrong.</summary>
    InvalidRequest,

    /// <summary>Codes 1300-1301: a platform or content-safety policy refused the input.</summary>
    ContentPolicy,

    /// <summary>Code 1302 (HTTP 429): requests came too fast. Retrying later helps.</summary>
    RateLimited,

    /// <summary>Code 1303 (HTTP 429): more tasks run at once than the resource pack allows. Retrying later helps.</summary>
    ConcurrencyLimit,

    /// <summary>Code 1304: the IP allow-list refused the caller.</summary>
    IpPolicy,

    /// <summary>Codes 5000-5002 (HTTP 500/503/504), or a 5xx from the gateway. Retrying later usually helps.</summary>
    Server,
}
