using System.Diagnostics;

namespace KlingGenerated;

/// <summary>The names under which the client reports traces, so an app can listen to them.</summary>
public static class KlingDiagnostics
{
    /// <summary>The ActivitySource name: a trace shows each create, each poll and each download under it.</summary>
    public const string ActivitySourceName = "KlingGenerated";

    internal static ActivitySource ActivitySource { get; } = new(ActivitySourceName, typeof(KlingDiagnostics).Assembly.GetName().Version?.ToString());
}
