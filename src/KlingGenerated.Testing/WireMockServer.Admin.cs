using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace KlingGenerated.Testing;

// The admin API calls a test needs: stubs in, requests out. Plain WireMock JSON, so a mapping
// written for the Java server works unchanged.
public sealed partial class WireMockServer
{
    /// <summary>Adds one stub mapping (WireMock JSON) and returns its id.</summary>
    public async Task<Guid> AddMappingAsync(JObject mapping, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var created = await SendAsync(HttpMethod.Post, "mappings", mapping, cancellationToken).ConfigureAwait(false);
        return Guid.Parse(created.Value<string>("id")!);
    }

    /// <summary>Adds every mapping of the given files; a file holds one mapping or {"mappings": [...]}.</summary>
    public async Task LoadMappingsAsync(IEnumerable<string> files, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var mappings = new JArray();
        foreach (var file in files)
        {
            var json = JObject.Parse(await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false));
            if (json["mappings"] is JArray many)
            {
                foreach (var mapping in many)
                {
                    mappings.Add(mapping);
                }
            }
            else
            {
                mappings.Add(json);
            }
        }

        await ImportMappingsAsync(mappings, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds many mappings in one call (WireMock's import).</summary>
    public Task ImportMappingsAsync(JArray mappings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mappings);
        var body = new JObject { ["mappings"] = mappings };
        return SendAsync(HttpMethod.Post, "mappings/import", body, cancellationToken);
    }

    /// <summary>Removes every stub, scenario and recorded request, then reloads the root folder's mappings.</summary>
    public Task ResetAsync(CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, "reset", null, cancellationToken);

    /// <summary>Clears the request journal only.</summary>
    public Task ClearRequestsAsync(CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Delete, "requests", null, cancellationToken);

    /// <summary>Every request received since the last reset, oldest first.</summary>
    public async Task<IReadOnlyList<RecordedRequest>> GetRequestsAsync(CancellationToken cancellationToken = default)
    {
        var journal = await SendAsync(HttpMethod.Get, "requests", null, cancellationToken).ConfigureAwait(false);
        return journal["requests"]!
            .Select(e => RecordedRequest.FromServeEvent((JObject)e))
            .Reverse()
            .ToList();
    }

    /// <summary>Requests that matched no stub, oldest first.</summary>
    public async Task<IReadOnlyList<RecordedRequest>> GetUnmatchedRequestsAsync(CancellationToken cancellationToken = default)
    {
        var journal = await SendAsync(HttpMethod.Get, "requests/unmatched", null, cancellationToken).ConfigureAwait(false);
        return journal["requests"]!
            .Select(e => RecordedRequest.FromLoggedRequest((JObject)e))
            .ToList();
    }

    /// <summary>Counts received requests matching a WireMock request pattern (method, url, urlPath, bodyPatterns ...).</summary>
    public async Task<int> CountRequestsAsync(JObject requestPattern, CancellationToken cancellationToken = default)
    {
        var result = await SendAsync(HttpMethod.Post, "requests/count", requestPattern, cancellationToken).ConfigureAwait(false);
        return result.Value<int>("count");
    }

    /// <summary>Counts received requests by method and exact path.</summary>
    public Task<int> CountRequestsAsync(string method, string urlPath, CancellationToken cancellationToken = default) =>
        CountRequestsAsync(new JObject { ["method"] = method, ["urlPath"] = urlPath }, cancellationToken);

    /// <summary>Moves a scenario to a state.</summary>
    public Task SetScenarioStateAsync(string scenario, string state, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Put, $"scenarios/{Uri.EscapeDataString(scenario)}/state", new JObject { ["state"] = state }, cancellationToken);

    /// <summary>The current state of every scenario, by name.</summary>
    public async Task<IReadOnlyDictionary<string, string>> GetScenarioStatesAsync(CancellationToken cancellationToken = default)
    {
        var result = await SendAsync(HttpMethod.Get, "scenarios", null, cancellationToken).ConfigureAwait(false);
        return result["scenarios"]!.ToDictionary(s => s.Value<string>("name")!, s => s.Value<string>("state")!);
    }

    private async Task<JObject> SendAsync(HttpMethod method, string path, JToken? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToString(Formatting.None), Encoding.UTF8, "application/json");
        }

        using var response = await Admin.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"WireMock admin {method} {path} failed with HTTP {(int)response.StatusCode}: {text}");
        }

        return string.IsNullOrWhiteSpace(text) ? new JObject() : JObject.Parse(text);
    }
}
