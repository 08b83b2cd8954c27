namespace KlingGenerated.Testing;

/// <summary>How to start a <see cref="KlingSandbox"/>, and how its unscripted tasks behave.</summary>
public sealed class KlingSandboxOptions
{
    /// <summary>
    /// The query on which an unscripted task succeeds. Default 3: submitted, processing, succeed.
    /// Ignored when <see cref="TimeToSucceed"/> is set.
    /// </summary>
    public int PollsToSucceed { get; set; } = 3;

    /// <summary>When set, unscripted tasks succeed this long after their create, however often they are queried.</summary>
    public TimeSpan? TimeToSucceed { get; set; }

    /// <summary>The loopback port to listen on; 0 (the default) picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>
    /// When set, the notifications posted to a task's callback_url are signed with this Standard Webhooks secret
    /// (<c>whsec_</c> and Base64), as Kling signs them when a secret is configured in its console; unsigned when null.
    /// </summary>
    public string? CallbackSigningSecret { get; set; }

    /// <summary>How long the sandbox waits for a callback receiver to answer one notification (default 5 s) before recording it as failed.</summary>
    public TimeSpan CallbackTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
