using System.Globalization;
using Newtonsoft.Json;

namespace KlingGenerated.Testing;

/// <summary>
/// How a response body misbehaves on the wire: slowly, not at all after a point, without end, or under a
/// Content-Length it does not match. Put it on a mapping with
/// <see cref="KlingFaultMiddleware.WithBodyFault"/>; the mapping's own body is what gets shaped.
/// </summary>
/// <remarks>
/// These are what a hostile or broken host does and a WireMock mapping cannot say: WireMock.Net writes a
/// body in one piece and drops a mapping's Content-Length whenever there is a body. Combine them with
/// <c>with</c>, for example a drip that stalls: <c>KlingBodyFault.Drip(1, TimeSpan.FromSeconds(1)) with { StallAfterBytes = 10 }</c>.
/// </remarks>
/// <example><code>
/// server.Given(Request.Create().WithPath("/video.mp4").UsingGet())
///     .RespondWith(Response.Create().WithBody(bytes).WithBodyFault(KlingBodyFault.StallAfter(1024)));
/// </code></example>
public sealed record KlingBodyFault
{
    /// <summary>What <see cref="Endless"/> repeats when no filler is given: 64 KiB of spaces, which JSON readers skip as whitespace.</summary>
    public static ReadOnlyMemory<byte> DefaultFiller { get; } = Enumerable.Repeat((byte)' ', 64 * 1024).ToArray();

    /// <summary>The Content-Length to declare, whatever follows; null leaves the length to the server (chunked).</summary>
    /// <remarks>When fewer bytes follow, the server closes the connection after them, as a host whose transfer broke off.</remarks>
    public long? ContentLength { get; init; }

    /// <summary>Bytes written (and flushed) at a time; null writes the body in one piece.</summary>
    public int? ChunkSize { get; init; }

    /// <summary>The pause before each chunk after the first.</summary>
    public TimeSpan ChunkInterval { get; init; }

    /// <summary>After this many body bytes, nothing more is sent, and the connection stays open until the client leaves.</summary>
    public long? StallAfterBytes { get; init; }

    /// <summary>Whether the body is followed by <see cref="Filler"/>, repeated until the client leaves.</summary>
    public bool IsEndless { get; init; }

    /// <summary>The bytes an endless body repeats; <see cref="DefaultFiller"/> when empty.</summary>
    [JsonIgnore]
    public ReadOnlyMemory<byte> Filler { get; init; }

    // Carries the filler through the marker header, which holds text only.
    [JsonProperty]
    private string? FillerBase64
    {
        get => Filler.IsEmpty ? null : Convert.ToBase64String(Filler.Span);
        init => Filler = value is null ? ReadOnlyMemory<byte>.Empty : Convert.FromBase64String(value);
    }

    /// <summary>The body in pieces of <paramref name="bytesPerChunk"/>, one every <paramref name="interval"/>, as a slow host sends it.</summary>
    public static KlingBodyFault Drip(int bytesPerChunk, TimeSpan interval)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bytesPerChunk, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(interval, TimeSpan.Zero);
        return new KlingBodyFault { ChunkSize = bytesPerChunk, ChunkInterval = interval };
    }

    /// <summary>The first <paramref name="bytes"/> of the body, then silence with the connection open.</summary>
    public static KlingBodyFault StallAfter(long bytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bytes);
        return new KlingBodyFault { StallAfterBytes = bytes };
    }

    /// <summary>The body, then <paramref name="filler"/> (or <see cref="DefaultFiller"/>) repeated until the client leaves.</summary>
    public static KlingBodyFault Endless(ReadOnlyMemory<byte>? filler = null) => new() { IsEndless = true, Filler = filler ?? ReadOnlyMemory<byte>.Empty };

    /// <summary>The body under a declared <c>Content-Length</c> of <paramref name="length"/>, whether or not that many bytes follow.</summary>
    public static KlingBodyFault DeclaredLength(long length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        return new KlingBodyFault { ContentLength = length };
    }

    internal string ToHeader() => JsonConvert.SerializeObject(this, Formatting.None);

    internal static KlingBodyFault FromHeader(string value) =>
        JsonConvert.DeserializeObject<KlingBodyFault>(value)
        ?? throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Not a body fault: {value}"));
}
