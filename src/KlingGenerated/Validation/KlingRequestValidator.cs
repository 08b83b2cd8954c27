namespace KlingGenerated;

/// <summary>
/// Checks a request against the spec's constraints (from the DataAnnotations NSwag generates), the
/// cross-field rules a schema cannot express, and every local image, without sending anything.
/// <see cref="KlingClient"/> runs it on every request body before sending.
/// </summary>
/// <remarks>
/// Besides the rules that hold for every model, a request naming a model this library knows is checked
/// against Kling's capability map: which features, modes and lengths that model supports. A request
/// naming no model (the gateway picks one) or a model the library does not know gets no model rule.
/// </remarks>
public static class KlingRequestValidator
{
    /// <summary>Every broken rule of <paramref name="request"/>, model rules included; empty when it is valid.</summary>
    /// <param name="request">A generated request model, such as <see cref="ImageToVideoRequest"/>.</param>
    public static IReadOnlyList<KlingValidationFailure> GetFailures(object request) => GetFailures(request, checkModelCapabilities: true);

    /// <summary>Every broken rule of <paramref name="request"/>; empty when it is valid.</summary>
    /// <param name="request">A generated request model, such as <see cref="ImageToVideoRequest"/>.</param>
    /// <param name="checkModelCapabilities">
    /// Whether to check what the named model supports (<see cref="KlingClientOptions.CheckModelCapabilities"/>);
    /// false leaves that to the service.
    /// </param>
    public static IReadOnlyList<KlingValidationFailure> GetFailures(object request, bool checkModelCapabilities)
    {
        ArgumentNullException.ThrowIfNull(request);
        return RequestWalker.Walk(request, checkModelCapabilities).Failures;
    }

    /// <summary>Throws when <paramref name="request"/> breaks any rule, model rules included, listing them all.</summary>
    /// <param name="request">A generated request model, such as <see cref="ImageToVideoRequest"/>.</param>
    /// <exception cref="KlingValidationException">The request breaks one or more rules.</exception>
    public static void ThrowIfInvalid(object request) => ThrowIfInvalid(request, checkModelCapabilities: true);

    /// <summary>Throws when <paramref name="request"/> breaks any rule, listing them all.</summary>
    /// <param name="request">A generated request model, such as <see cref="ImageToVideoRequest"/>.</param>
    /// <param name="checkModelCapabilities">Whether to check what the named model supports; false leaves that to the service.</param>
    /// <exception cref="KlingValidationException">The request breaks one or more rules.</exception>
    public static void ThrowIfInvalid(object request, bool checkModelCapabilities)
    {
        var failures = GetFailures(request, checkModelCapabilities);
        if (failures.Count > 0)
        {
            throw new KlingValidationException(failures);
        }
    }
}
