namespace KlingGenerated;

/// <summary>How a <see cref="KlingCallbackReceiver"/> checks and reads Kling's task notifications.</summary>
public sealed class KlingCallbackOptions
{
    /// <summary>The default of <see cref="MaxBodyBytes"/>: 16 MiB, far above any notification Kling sends.</summary>
    public const long DefaultMaxBodyBytes = 16 * 1024 * 1024;

    /// <summary>
    /// The signing secret from Kling's console (<c>whsec_</c> followed by Base64; the prefix is optional).
    /// When set, every notification must carry a valid Standard Webhooks signature; when null, notifications
    /// are read without any check, since there is nothing to check them against.
    /// </summary>
    public string? SigningSecret { get; set; }

    /// <summary>How far <c>webhook-timestamp</c> may be from now, either way, before a signed notification is refused as a replay. Default five minutes.</summary>
    public TimeSpan SignatureTolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The largest body read, in bytes (default 16 MiB); a larger one is refused before it is parsed.</summary>
    public long MaxBodyBytes { get; set; } = DefaultMaxBodyBytes;

    /// <summary>The clock the timestamp is checked against (a fake one in tests).</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
