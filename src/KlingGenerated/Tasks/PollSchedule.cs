namespace KlingGenerated;

// The delays between queries: geometric growth from PollInterval, capped, shortened (never
// lengthened) by jitter so the bound on detection delay that the defaults promise still holds.
internal sealed class PollSchedule(KlingWaitOptions options, Func<double> random)
{
    private TimeSpan _nominal = options.PollInterval;

    public TimeSpan NextDelay()
    {
        var nominal = _nominal;
        var grown = nominal * options.BackoffFactor;
        _nominal = grown < options.MaxPollInterval ? grown : options.MaxPollInterval;
        return options.Jitter > 0 ? nominal * (1 - (options.Jitter * random())) : nominal;
    }
}
