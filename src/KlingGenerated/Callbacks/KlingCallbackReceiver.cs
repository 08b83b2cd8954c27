namespace KlingGenerated;

/// <summary>
/// Checks and reads the notifications Kling posts to a <c>callback_url</c> on every status change of a task.
/// With <see cref="KlingCallbackOptions.SigningSecret"/> set, a notification is read only when its Standard
/// Webhooks signature holds; without one, notifications are read unchecked (the webhook-* headers are ignored).
/// Thread-safe; make one and keep it.
/// </summary>
/// <example><code>
/// var receiver = new KlingCallbackReceiver(new KlingCallbackOptions { SigningSecret = "whsec_..." });
/// TaskData task = receiver.Read(body, name => request.Headers[name]);
/// </code></example>
public sealed partial class KlingCallbackReceiver
{
    private readonly WebhookSignature? _signature;
    private readonly long _maxBodyBytes;

    /// <summary>Creates a receiver.</summary>
    /// <param name="options">The signing secret and limits; null for unsigned notifications and the defaults.</param>
    /// <exception cref="ArgumentException">The signing secret is not Base64 after its <c>whsec_</c> prefix (the message does not repeat it).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The tolerance is negative, or the body limit not positive.</exception>
    public KlingCallbackReceiver(KlingCallbackOptions? options = null)
    {
        options ??= new KlingCallbackOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.SignatureTolerance, TimeSpan.Zero, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxBodyBytes, 1, nameof(options));
        ArgumentNullException.ThrowIfNull(options.TimeProvider, nameof(options));
        _maxBodyBytes = options.MaxBodyBytes;
        if (options.SigningSecret is { } secret)
        {
            _signature = new WebhookSignature(WebhookSecret.KeyOf(secret, nameof(options)), options.SignatureTolerance, options.TimeProvider);
        }
    }

    /// <summary>Whether this receiver checks signatures (a signing secret is configured).</summary>
    public bool VerifiesSignatures => _signature is not null;

    /// <summary>Checks the notification's signature (when a secret is configured), then reads its body.</summary>
    /// <param name="body">The request body exactly as received: the signature covers these bytes.</param>
    /// <param name="header">Looks a request header up by name (any case); null when it is absent.</param>
    /// <returns>The task, as a query would return it.</returns>
    /// <exception cref="KlingCallbackSignatureException">A secret is configured and the signature is missing, malformed, stale or wrong.</exception>
    /// <exception cref="KlingCallbackException">The body is too large or not a Kling task.</exception>
    public TaskData Read(ReadOnlySpan<byte> body, Func<string, string?> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        if (body.Length > _maxBodyBytes)
        {
            throw KlingCallback.TooLarge(_maxBodyBytes);
        }

        _signature?.Verify(body, header);
        return KlingCallback.Parse(body, _maxBodyBytes);
    }

    /// <summary>Reads the body from a stream (at most <see cref="KlingCallbackOptions.MaxBodyBytes"/>), then does what <see cref="Read(ReadOnlySpan{byte}, Func{string, string?})"/> does.</summary>
    /// <param name="body">The request body; read to its end, not disposed.</param>
    /// <param name="header">Looks a request header up by name (any case); null when it is absent.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <exception cref="KlingCallbackSignatureException">A secret is configured and the signature is missing, malformed, stale or wrong.</exception>
    /// <exception cref="KlingCallbackException">The body is too large or not a Kling task.</exception>
    public async Task<TaskData> ReadAsync(Stream body, Func<string, string?> header, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(header);
        if (body.CanSeek && body.Length - body.Position > _maxBodyBytes)
        {
            throw KlingCallback.TooLarge(_maxBodyBytes);
        }

        var bytes = await LimitedRead.ReadAsync(body, _maxBodyBytes, () => KlingCallback.TooLarge(_maxBodyBytes), cancellationToken).ConfigureAwait(false);
        return Read(bytes, header);
    }
}
