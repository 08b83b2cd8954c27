namespace KlingGenerated;

// Counts how often a response's envelope is parsed (the scan, the typed read, the exception's own
// parse), for the test that keeps it at what the pipeline needs. Counted only inside Watch(), in
// that caller's async flow, so parallel calls never disturb a measurement; compiled into Debug builds
// only (where the tests run), so a released client pays nothing for it.
internal static class EnvelopeParses
{
    private static readonly AsyncLocal<Tally?> s_current = new();

    public static Tally Watch() => s_current.Value = new Tally();

    [System.Diagnostics.Conditional("DEBUG")]
    public static void Count() => s_current.Value?.Increment();

    internal sealed class Tally
    {
        private int _value;

        public int Value => Volatile.Read(ref _value);

        public void Increment() => Interlocked.Increment(ref _value);
    }
}
