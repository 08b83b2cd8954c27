namespace KlingGenerated;

// Adds to the generated client: whether its pre-send validation also checks what the named model
// supports. Set from KlingClientOptions.CheckModelCapabilities (options, DI or the CLI), so a caller can
// let the service decide when Kling's models move faster than this library.
public partial class KlingClient
{
    /// <summary>
    /// Whether a create is refused before sending when its known model does not support what it asks
    /// (Kling's capability map); true by default. The client built from <see cref="KlingClientOptions"/>
    /// takes <see cref="KlingClientOptions.CheckModelCapabilities"/>. The rules every model shares are checked either way.
    /// </summary>
    internal bool CheckModelCapabilities { get; init; } = true;
}
