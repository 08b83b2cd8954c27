namespace KlingGenerated;

/// <summary>Which server the client talks to: it decides the paths and how the client signs in.</summary>
public enum KlingEndpoint
{
    /// <summary>
    /// Decided from the other options: <see cref="Official"/> when the base URL is a klingai.com host,
    /// or when only an access key and secret key are given; <see cref="CometApi"/> otherwise.
    /// </summary>
    Auto = 0,

    /// <summary>The CometAPI gateway: routes under <c>/kling/v1/</c>, <c>Authorization: Bearer &lt;CometAPI key&gt;</c>.</summary>
    CometApi = 1,

    /// <summary>
    /// Kling's own endpoint: routes under <c>/v1/</c>, a JWT signed with the access key and secret key
    /// (or Kling's static API key) as the bearer token.
    /// </summary>
    Official = 2,
}
