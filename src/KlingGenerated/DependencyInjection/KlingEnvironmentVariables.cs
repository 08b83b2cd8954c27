namespace KlingGenerated;

// The environment fills only what is still empty, so a value from configuration or code wins:
// scripts and containers can rely on KLING_* alone, apps can override them.
internal static class KlingEnvironmentVariables
{
    public const string ApiKey = "KLING_API_KEY";
    public const string BaseUrl = "KLING_BASE_URL";
    public const string AccessKey = "KLING_ACCESS_KEY";
    public const string SecretKey = "KLING_SECRET_KEY";

    public static void Apply(KlingClientOptions options, Func<string, string?> read)
    {
        options.ApiKey = Prefer(options.ApiKey, read(ApiKey));
        options.AccessKey = Prefer(options.AccessKey, read(AccessKey));
        options.SecretKey = Prefer(options.SecretKey, read(SecretKey));
        if (options.BaseUrl is null && read(BaseUrl) is { Length: > 0 } url)
        {
            // An unparsable value is kept as a relative URI so validation reports it, instead of failing here.
            options.BaseUrl = Uri.TryCreate(url.Trim(), UriKind.Absolute, out var absolute) ? absolute : new Uri(url.Trim(), UriKind.RelativeOrAbsolute);
        }
    }

    private static string? Prefer(string? current, string? fromEnvironment) =>
        string.IsNullOrEmpty(current) && !string.IsNullOrWhiteSpace(fromEnvironment) ? fromEnvironment.Trim() : current;
}
