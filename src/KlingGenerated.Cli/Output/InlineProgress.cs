namespace KlingGenerated.Cli;

/// <summary>
/// Reports on the caller's thread, unlike <see cref="Progress{T}"/>, which posts to the thread pool
/// and so can print a progress line after the result it belongs to.
/// </summary>
internal sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
