using System.Diagnostics;
using Polly;

namespace KlingGenerated;

// A Retry-After the retry cannot honour is not slept through: longer than the retry's MaxDelay, or than
// what is left of the total request timeout, and the wait would end in a timeout with nothing said. The
// retry gives up instead, so the caller gets the server's answer (and its Retry-After) at once.
internal static class RetryBudget
{
    private static readonly HttpRequestOptionsKey<long> StartedKey = new("Kling.FirstAttemptStarted");

    /// <summary>Notes when the call's first attempt started (later attempts keep it), to measure what is left.</summary>
    public static void MarkStart(HttpRequestMessage request)
    {
        if (!request.Options.TryGetValue(StartedKey, out _))
        {
            request.Options.Set(StartedKey, Stopwatch.GetTimestamp());
        }
    }

    /// <summary>Gives a request sent on behalf of another (a create's lookup) the other's start, so its answer is measured from the call's first attempt.</summary>
    public static void CarryStart(HttpRequestMessage from, HttpRequestMessage to)
    {
        if (from.Options.TryGetValue(StartedKey, out var started))
        {
            to.Options.Set(StartedKey, started);
        }
    }

    /// <summary>Whether the retry may wait as the outcome's Retry-After asks (true when it asks nothing, or the retry ignores it).</summary>
    public static bool AllowsWait(Outcome<HttpResponseMessage> outcome, KlingResilienceOptions options)
    {
        if (outcome.Result is not { } response || options.Retry?.ShouldRetryAfterHeader != true || RetryAfterHeader.Read(response, TimeProvider.System) is not { } wait)
        {
            return true;
        }

        if (options.Retry.MaxDelay is { } maxDelay && wait > maxDelay)
        {
            return false;
        }

        if (options.TotalRequestTimeout?.Timeout is { } total && total > TimeSpan.Zero && total != Timeout.InfiniteTimeSpan)
        {
            var elapsed = response.RequestMessage?.Options.TryGetValue(StartedKey, out var started) == true ? Stopwatch.GetElapsedTime(started) : TimeSpan.Zero;
            return wait < total - elapsed;
        }

        return true;
    }
}
