namespace KlingGenerated;

/// <summary>
/// Checks a request against the spec's constraints (from the DataAnnotations NSwag generates), the
/// cross-field rules a schema cannot express, and every local image, without sending anything.
/// <see cref="KlingClient"/> runs it on every request body before sending.
/// </summary>
public static class KlingRequestValidator
{
    /// <summary>Every broken rule of <paramref name="request"/>; empty when it is valid.</summary>
    /// <param name="request">A generated request model, such as <see cref="ImageToVideoRequest"/>.</param>
    public static IReadOnlyList<KlingValidationFailure> GetFailures(object request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return RequestWalker.Walk(request).Failures;
    }

    /// <summary>Throws when <paramref name="request"/> breaks any rule, listing them all.</summary>
    /// <param name="request">A generated request model, such as <see cref="ImageToVideoRequest"/>.</param>
    /// <exception cref="KlingValidationException">The request breaks one or more rules.</exception>
    public static void ThrowIfInvalid(object request)
    {
        var failures = GetFailures(request);
        if (failures.Count > 0)
        {
            throw new KlingValidationException(failures);
        }
    }
}
