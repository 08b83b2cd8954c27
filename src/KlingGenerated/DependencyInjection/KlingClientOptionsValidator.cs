using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace KlingGenerated;

// Every problem at once, each naming the setting and its environment variable, never a credential's value.
internal sealed class KlingClientOptionsValidator : IValidateOptions<KlingClientOptions>
{
    private const long MinResponseBytes = 1024;
    private const long MaxResponseBytes = 1024 * 1024 * 1024;

    public ValidateOptionsResult Validate(string? name, KlingClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new ValidateOptionsResultBuilder();
        ValidateCredentials(options, errors);
        ValidateBaseUrl(options, errors);
        if (options.MaxResponseBytes is < MinResponseBytes or > MaxResponseBytes)
        {
            errors.AddError($"Kling:MaxResponseBytes must be between {MinResponseBytes} (1 KiB) and {MaxResponseBytes} (1 GiB); it was {options.MaxResponseBytes}.");
        }

        if (options.Resilience is null)
        {
            errors.AddError("Kling:Resilience must not be null; leave it out for the defaults, or set Kling:Resilience:Enabled to false.");
        }
        else
        {
            KlingResilienceOptionsValidator.Validate(options.Resilience, errors);
        }

        return errors.Build();
    }

    /// <summary>Throws <see cref="OptionsValidationException"/> when the options are not usable (the constructor path, without DI).</summary>
    public static void ThrowIfInvalid(KlingClientOptions options)
    {
        var result = new KlingClientOptionsValidator().Validate(Options.DefaultName, options);
        if (result.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(KlingClientOptions), result.Failures);
        }
    }

    private static void ValidateCredentials(KlingClientOptions options, ValidateOptionsResultBuilder errors)
    {
        var hasKey = !string.IsNullOrEmpty(options.ApiKey);
        var hasAccess = !string.IsNullOrEmpty(options.AccessKey);
        var hasSecret = !string.IsNullOrEmpty(options.SecretKey);
        if (hasAccess != hasSecret)
        {
            errors.AddError(hasAccess
                ? "Kling:AccessKey is set but Kling:SecretKey (KLING_SECRET_KEY) is not: the official endpoint needs both to sign its token."
                : "Kling:SecretKey is set but Kling:AccessKey (KLING_ACCESS_KEY) is not: the official endpoint needs both to sign its token.");
        }
        else if (!hasKey && !hasAccess)
        {
            errors.AddError("No Kling credential: set Kling:ApiKey (or the environment variable KLING_API_KEY) to your CometAPI key, "
                + "or Kling:AccessKey and Kling:SecretKey (KLING_ACCESS_KEY, KLING_SECRET_KEY) for Kling's official endpoint.");
        }

        if (options.ResolveEndpoint() == KlingEndpoint.CometApi && !hasKey && hasAccess && hasSecret)
        {
            errors.AddError("Kling:Endpoint is CometApi, which takes Kling:ApiKey (the CometAPI key); an access key and secret key only work on Kling's official endpoint.");
        }

        if (!Enum.IsDefined(options.Endpoint))
        {
            errors.AddError($"Kling:Endpoint must be Auto, CometApi or Official; it was {(int)options.Endpoint}.");
        }
    }

    private static void ValidateBaseUrl(KlingClientOptions options, ValidateOptionsResultBuilder errors)
    {
        var url = options.BaseUrl;
        if (url is null)
        {
            return;
        }

        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            errors.AddError("Kling:BaseUrl (KLING_BASE_URL) must be an absolute http(s) URL such as https://api.cometapi.com/.");
            return;
        }

        if (url.Scheme == Uri.UriSchemeHttp && !url.IsLoopback)
        {
            // The key travels in a header: plain http is only acceptable when it never leaves the machine.
            errors.AddError($"Kling:BaseUrl (KLING_BASE_URL) must use https: '{KlingClientOptions.SafeUrl(url)}' would send the key in clear text. Plain http is allowed only for loopback hosts (localhost, 127.0.0.1, ::1).");
        }

        if (!string.IsNullOrEmpty(url.UserInfo))
        {
            errors.AddError("Kling:BaseUrl (KLING_BASE_URL) must not carry a user name or password; use Kling:ApiKey.");
        }
    }
}
