namespace KlingGenerated.Cli;

/// <summary>What a <see cref="KlingApiException"/> says about the server: it refused, or its answer could not be read.</summary>
internal enum AnswerKind
{
    /// <summary>A Kling or gateway error: the API looked at the request and said no.</summary>
    Refused,

    /// <summary>Not a Kling answer at all: not JSON, cut short, too large, or a proxy's error page.</summary>
    Unreadable,
}

// The one place that tells the two apart, so every message follows the same rule.
internal static class AnswerKinds
{
    public static AnswerKind Of(KlingApiException error) => error.IsUnreadable ? AnswerKind.Unreadable : AnswerKind.Refused;
}
