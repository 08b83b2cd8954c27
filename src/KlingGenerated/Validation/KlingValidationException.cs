using System.Text;

namespace KlingGenerated;

/// <summary>
/// A request broke one or more of the spec's rules, found before anything was sent. It lists every
/// broken rule at once, each with the JSON path of the field (wire names) and the rule in plain words.
/// </summary>
public sealed class KlingValidationException : ArgumentException
{
    /// <summary>Creates the exception from the failures found.</summary>
    /// <param name="failures">Every broken rule; at least one.</param>
    public KlingValidationException(IReadOnlyList<KlingValidationFailure> failures)
        : base(Format(failures))
    {
        Failures = failures;
    }

    /// <summary>Every broken rule, in the order of the request's fields.</summary>
    public IReadOnlyList<KlingValidationFailure> Failures { get; }

    private static string Format(IReadOnlyList<KlingValidationFailure> failures)
    {
        ArgumentNullException.ThrowIfNull(failures);
        var builder = new StringBuilder("The request was not sent: it breaks ")
            .Append(failures.Count == 1 ? "1 rule" : $"{failures.Count} rules")
            .Append(" of the API.");
        foreach (var failure in failures)
        {
            builder.AppendLine().Append("  ").Append(failure.Path).Append(": ").Append(failure.Message);
        }

        return builder.ToString();
    }
}
