using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace KlingGenerated.Testing;

/// <summary>
/// Posts a task's notification to its callback_url on each status change, as Kling does, in the background:
/// one after another in the order the changes happened, each with a short timeout, every outcome recorded.
/// A failing receiver never slows or breaks the sandbox's answers.
/// </summary>
/// <remarks>
/// Only loopback URLs (localhost, 127.0.0.0/8, ::1) are called: a sandbox must never reach out to a real
/// host a request happened to name. Signed the Standard Webhooks way when a signing secret is configured.
/// </remarks>
internal sealed class CallbackCourier : IDisposable
{
    private readonly HttpClient _http;
    private readonly byte[]? _key;
    private readonly TimeProvider _clock;
    private readonly List<CallbackDelivery> _deliveries = [];
    private readonly Lock _gate = new();
    private Task _tail = Task.CompletedTask;

    // Bumped by Clear, so a post still in flight from before a reset is not recorded after it.
    private int _generation;

    public CallbackCourier(KlingSandboxOptions options, TimeProvider clock)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.CallbackTimeout, TimeSpan.Zero, nameof(options));
        _http = new HttpClient { Timeout = options.CallbackTimeout };
        _key = options.CallbackSigningSecret is { } secret ? WebhookSecret.KeyOf(secret, nameof(options)) : null;
        _clock = clock;
    }

    /// <summary>Queues the notification of <paramref name="taskId"/> now being <paramref name="status"/>; returns at once.</summary>
    public void Send(string taskId, string status, Uri url, string body)
    {
        lock (_gate)
        {
            if (!url.IsLoopback || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            {
                _deliveries.Add(new CallbackDelivery(taskId, status, url, Sent: false, StatusCode: null,
                    Error: "not an http(s) URL on loopback; the sandbox never calls out"));
                return;
            }

            var generation = _generation;
            _tail = _tail.ContinueWith(_ => PostAsync(taskId, status, url, body, generation), CancellationToken.None,
                TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
        }
    }

    /// <summary>The notifications so far, oldest first, once every one queued before this call has had its answer or its timeout.</summary>
    public async Task<IReadOnlyList<CallbackDelivery>> DeliveriesAsync(CancellationToken cancellationToken)
    {
        Task tail;
        lock (_gate)
        {
            tail = _tail;
        }

        await tail.WaitAsync(cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            return [.. _deliveries];
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _deliveries.Clear();
            _generation++;
        }
    }

    public void Dispose() => _http.Dispose();

    private async Task PostAsync(string taskId, string status, Uri url, string body, int generation)
    {
        CallbackDelivery delivery;
        try
        {
            var bytes = Encoding.UTF8.GetBytes(body);
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(bytes) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            if (_key is not null)
            {
                var id = "msg_" + Guid.NewGuid().ToString("N");
                var timestamp = _clock.GetUtcNow().ToUnixTimeSeconds();
                request.Headers.TryAddWithoutValidation(WebhookSignature.IdHeader, id);
                request.Headers.TryAddWithoutValidation(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
                request.Headers.TryAddWithoutValidation(WebhookSignature.SignatureHeader, WebhookSignature.Sign(_key, id, timestamp, bytes));
            }

            using var response = await _http.SendAsync(request).ConfigureAwait(false);
            var code = (int)response.StatusCode;
            delivery = new CallbackDelivery(taskId, status, url, Sent: true, code,
                response.IsSuccessStatusCode ? null : string.Create(CultureInfo.InvariantCulture, $"the receiver answered HTTP {code}"));
        }
#pragma warning disable CA1031 // Whatever the receiver does, the sandbox goes on; the failure is recorded for the test to read.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            var why = exception is TaskCanceledException ? $"no answer within {_http.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s" : exception.Message;
            delivery = new CallbackDelivery(taskId, status, url, Sent: true, StatusCode: null, why);
        }

        lock (_gate)
        {
            if (generation == _generation)
            {
                _deliveries.Add(delivery);
            }
        }
    }
}
