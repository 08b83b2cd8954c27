namespace KlingGenerated.Testing;

/// <summary>A broken connection WireMock can simulate in place of an answer.</summary>
public enum SandboxFault
{
    /// <summary>The connection is closed with a TCP reset (SO_LINGER 0).</summary>
    ConnectionReset,

    /// <summary>The connection is closed without a single byte of response.</summary>
    EmptyResponse,

    /// <summary>An OK status line, then garbage in place of a chunk, then the connection closes.</summary>
    MalformedChunk,

    /// <summary>Random bytes, then the connection closes.</summary>
    RandomDataThenClose,
}
