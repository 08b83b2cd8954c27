using System.Buffers;
using System.Net;
using System.Net.Http.Headers;

namespace KlingGenerated;

// The resumable transfer behind every save: a broken-off or stalled body is continued with "Range: bytes=N-"
// (guarded by If-Range when the server gave a strong ETag), restarted from zero when the server
// answers 200 instead of 206, accepted only when the byte count matches what was announced, and
// refused for good once it is (or says it will be) larger than MaxBytes.
public partial class KlingResultDownloader
{
    private const int BufferSize = 81920;

    private async Task<long> TransferAsync(Uri source, Stream destination, string? filePath, KlingDownloadOptions options,
        IProgress<KlingDownloadProgress>? progress, CancellationToken cancellationToken)
    {
        if (!source.IsAbsoluteUri)
        {
            throw new ArgumentException("A result URL must be absolute.", nameof(source));
        }

        var start = destination.CanSeek ? destination.Position : 0;
        long received = 0;
        long? total = null;
        EntityTagHeaderValue? etag = null;
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                using var activity = KlingDiagnostics.ActivitySource.StartActivity("Kling download");
                activity?.SetTag("server.address", source.Host);
                activity?.SetTag("kling.download.attempt", attempt);

                // Restarted on progress only (see KlingDownloadOptions.StallTimeout), on the downloader's clock.
                using var stall = new CancellationTokenSource(options.StallTimeout, _timeProvider);
                using var attemptCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stall.Token);
                var attemptToken = attemptCancellation.Token;
                try
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, source);
                    if (received > 0)
                    {
                        request.Headers.Range = new RangeHeaderValue(received, null);
                        if (etag is not null)
                        {
                            request.Headers.IfRange = new RangeConditionHeaderValue(etag);
                        }
                    }

                    using var response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, attemptToken).ConfigureAwait(false);
                    if (received > 0 && response.StatusCode == HttpStatusCode.PartialContent
                        && response.Content.Headers.ContentRange is { From: { } from } range && from == received)
                    {
                        total ??= range.Length;
                    }
                    else
                    {
                        ThrowIfFailed(response);
                        if (received > 0)
                        {
                            // 200 to a range request (or a range we did not ask for): the whole body comes again.
                            DownloadLog.Restarted(_logger, source.Host);
                            Rewind(destination, start, source, received, total);
                            received = 0;
                        }

                        if (response.StatusCode == HttpStatusCode.PartialContent)
                        {
                            // A range other than the one asked for cannot be placed; ask again for all of it.
                            throw new IOException("The server answered with a range that was not asked for.");
                        }

                        total = response.Content.Headers.ContentLength;
                        etag = response.Headers.ETag is { IsWeak: false } strong ? strong : null;
                    }

                    if (total > options.MaxBytes)
                    {
                        throw TooLarge($"The result at {source.Host} is {total} bytes, more than KlingDownloadOptions.MaxBytes ({options.MaxBytes}); nothing was downloaded.",
                            source, received, total, options.MaxBytes);
                    }

                    var body = await response.Content.ReadAsStreamAsync(attemptToken).ConfigureAwait(false);
                    await using (body.ConfigureAwait(false))
                    {
                        int read;
                        var sinceProgress = 0;
                        while ((read = await body.ReadAsync(buffer.AsMemory(0, BufferSize), attemptToken).ConfigureAwait(false)) > 0)
                        {
                            if (received + read > options.MaxBytes)
                            {
                                throw TooLarge($"The result at {source.Host} grew past KlingDownloadOptions.MaxBytes ({options.MaxBytes} bytes); the download was stopped.",
                                    source, received, total, options.MaxBytes);
                            }

                            await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                            received += read;
                            sinceProgress += read;
                            if (sinceProgress >= KlingDownloadOptions.StallProgressBytes)
                            {
                                stall.CancelAfter(options.StallTimeout);
                                sinceProgress = 0;
                            }

                            progress?.Report(new KlingDownloadProgress(source, filePath, received, total));
                        }
                    }

                    if (total is null || received == total)
                    {
                        return received;
                    }

                    if (received > total)
                    {
                        throw new KlingDownloadException($"The server sent {received} bytes but announced {total}.", source, received, total);
                    }

                    throw new IOException($"The body ended after {received} of {total} bytes.");
                }
                catch (Exception ex) when (IsInterruption(ex, cancellationToken))
                {
                    var failure = stall.IsCancellationRequested
                        ? new TimeoutException($"No progress from {source.Host} for {options.StallTimeout} (KlingDownloadOptions.StallTimeout).", ex)
                        : ex;
                    activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, failure.GetType().Name);
                    if (attempt >= options.MaxAttempts)
                    {
                        throw new KlingDownloadException(
                            $"The download from {source.Host} did not complete in {attempt} attempts ({received} of {total?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"} bytes): {failure.Message}",
                            source, received, total, failure);
                    }

                    DownloadLog.Interrupted(_logger, source.Host, received, total, attempt, failure);
                    if (attempt > 1 && options.RetryDelay > TimeSpan.Zero)
                    {
                        await Task.Delay(options.RetryDelay, _timeProvider, cancellationToken).ConfigureAwait(false);
                    }
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private KlingDownloadTooLargeException TooLarge(string message, Uri source, long received, long? total, long maxBytes)
    {
        DownloadLog.TooLarge(_logger, source.Host, received, total, maxBytes);
        return new KlingDownloadTooLargeException(message, source, received, total, maxBytes);
    }

    private static void ThrowIfFailed(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            // No URL in the message: a CDN URL may carry a signature. 403/404 usually means it expired (30 days).
            throw new HttpRequestException($"The result server answered HTTP {(int)response.StatusCode} ({response.ReasonPhrase}).", null, response.StatusCode);
        }
    }

    private static void Rewind(Stream destination, long start, Uri source, long received, long? total)
    {
        if (!destination.CanSeek)
        {
            throw new KlingDownloadException("The server cannot resume this download and the destination stream cannot be rewound.", source, received, total);
        }

        destination.SetLength(start);
        destination.Position = start;
    }

    private static bool IsInterruption(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        KlingDownloadException => false,
        HttpRequestException { StatusCode: { } status } => status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500,
        HttpRequestException or IOException => true,
        // HttpClient's own timeout, not the caller's token.
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };
}
