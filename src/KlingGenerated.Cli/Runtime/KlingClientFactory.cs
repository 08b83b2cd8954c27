using System.Net.Http.Headers;

namespace KlingGenerated.Cli;

// Builds the client for the real service from the command's settings.
internal static class KlingClientFactory
{
    private static readonly Uri CometApi = new("https://api.cometapi.com/");

    public static KlingClient Create(CliSettings settings, out HttpClient http, out Uri baseUri)
    {
        baseUri = settings.BaseUrl ?? CometApi;
        http = new HttpClient { BaseAddress = baseUri };
        if (settings.ApiKey is { } key)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return new KlingClient(http);
    }
}
