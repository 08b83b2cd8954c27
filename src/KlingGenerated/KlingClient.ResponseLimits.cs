namespace KlingGenerated;

// Adds to the generated client: what every generated operation reads a body under (the size limit) and
// removes from every exception it builds (the credentials it was given). The template passes both on.
public partial class KlingClient
{
    /// <summary>
    /// The largest answer the client reads, in bytes (default 16 MiB); a larger one ends the call with
    /// <see cref="KlingResponseTooLargeException"/>. The client built from <see cref="KlingClientOptions"/> takes
    /// <see cref="KlingClientOptions.MaxResponseBytes"/>, and its handlers enforce it while the body arrives.
    /// </summary>
    internal long MaxResponseBytes { get; init; } = ResponseBody.DefaultLimit;

    /// <summary>The credentials no exception may repeat; none for a client around a given HttpClient.</summary>
    internal KnownSecrets Secrets { get; init; } = KnownSecrets.None;
}
