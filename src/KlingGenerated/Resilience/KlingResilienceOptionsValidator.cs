using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace KlingGenerated;

// Runs the DataAnnotations of Polly's option types (ranges) plus the rules across strategies that
// Microsoft's HttpStandardResilienceOptionsCustomValidator enforces. Microsoft's validators run only where
// AddStandardResilienceHandler registers them, in a container; the client built without one needs these,
// and both report every problem at once under its configuration path.
internal static class KlingResilienceOptionsValidator
{
    public static void Validate(KlingResilienceOptions options, ValidateOptionsResultBuilder errors)
    {
        if (!options.Enabled)
        {
            return;
        }

        Annotated(options.RateLimiter?.DefaultRateLimiterOptions, "Kling:Resilience:RateLimiter:DefaultRateLimiterOptions", errors);
        Annotated(options.TotalRequestTimeout, "Kling:Resilience:TotalRequestTimeout", errors);
        Annotated(options.Retry, "Kling:Resilience:Retry", errors);
        Annotated(options.CircuitBreaker, "Kling:Resilience:CircuitBreaker", errors);
        Annotated(options.AttemptTimeout, "Kling:Resilience:AttemptTimeout", errors);
        if (options.RateLimiter?.DefaultRateLimiterOptions is { } limiter && (limiter.PermitLimit <= 0 || limiter.QueueLimit < 0))
        {
            errors.AddError($"Kling:Resilience:RateLimiter needs PermitLimit > 0 and QueueLimit >= 0; they were {limiter.PermitLimit} and {limiter.QueueLimit}.");
        }

        if (options.AttemptTimeout is { } attempt && options.TotalRequestTimeout is { } total && attempt.Timeout > total.Timeout)
        {
            errors.AddError($"Kling:Resilience: the attempt timeout ({attempt.Timeout}) must not exceed the total request timeout ({total.Timeout}).");
        }

        if (options.AttemptTimeout is { } perAttempt && options.CircuitBreaker is { } breaker && breaker.SamplingDuration < 2 * perAttempt.Timeout)
        {
            errors.AddError($"Kling:Resilience: the circuit breaker's sampling duration ({breaker.SamplingDuration}) must be at least twice the attempt timeout ({perAttempt.Timeout}).");
        }
    }

    private static void Annotated(object? value, string path, ValidateOptionsResultBuilder errors)
    {
        if (value is null)
        {
            errors.AddError($"{path} must not be null.");
            return;
        }

        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(value, new ValidationContext(value), results, validateAllProperties: true))
        {
            foreach (var result in results)
            {
                errors.AddError($"{path}: {result.ErrorMessage}");
            }
        }
    }
}
