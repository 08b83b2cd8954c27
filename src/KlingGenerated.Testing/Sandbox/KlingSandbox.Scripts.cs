using Newtonsoft.Json.Linq;

namespace KlingGenerated.Testing;

// Scripting a task ahead of its create. Everything WireMock must answer itself (faults, HTML pages,
// delays, expired media) becomes mappings; the rest (outcome, polls, refusals) waits in the task book.
public sealed partial class KlingSandbox
{
    // Per route, how many one-shot create mappings are queued. They form one WireMock scenario per
    // route, each link moving the state to the next, so scripts apply in the order they were written
    // whatever WireMock's "newest mapping wins" rule would otherwise pick.
    private readonly Dictionary<KlingRoute, int> _createLinks = [];

    /// <summary>
    /// Scripts the next task created on <paramref name="route"/> (after the tasks already scripted there)
    /// and returns the id it will get.
    /// </summary>
    /// <example><code>
    /// var task = await sandbox.ScriptNextTaskAsync(KlingRoute.ImageToVideo, s => s.FailAfterPolls(2, "The image failed the content safety check."));
    /// </code></example>
    public async Task<ScriptedTask> ScriptNextTaskAsync(KlingRoute route, Action<KlingTaskScript> script, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(script);
        var written = new KlingTaskScript();
        script(written);
        var taskId = _book.NewTaskId();
        var mappings = new JArray();
        lock (_createLinks)
        {
            foreach (var answer in written.CreateAnswers)
            {
                mappings.Add(CreateLink(route, ScriptedResponse(answer, route)));
            }

            var create = _mappings.CreateWithinContract(route);
            var response = (JObject)create["response"]!;
            response["additionalProxyRequestHeaders"] = new JObject { [TaskDesk.ScriptHeader] = taskId };
            if (written.CreateDelay is { } delay)
            {
                response["fixedDelayMilliseconds"] = (int)delay.TotalMilliseconds;
            }

            create["metadata"]!["taskId"] = taskId;
            mappings.Add(CreateLink(route, create));
        }

        var path = $"{KlingRoutes.PathOf(route)}/{taskId}";
        var step = 0;
        foreach (var answer in written.QueryAnswers)
        {
            var mapping = ScriptedResponse(answer, route);
            mapping["request"] = new JObject { ["method"] = "GET", ["urlPath"] = path };
            mapping["scenarioName"] = $"kling-sandbox-query-{taskId}";
            mapping["requiredScenarioState"] = step == 0 ? "Started" : $"answer-{step}";
            mapping["newScenarioState"] = $"answer-{++step}";
            mapping["metadata"] = new JObject { ["sandbox"] = "query", ["route"] = route.ToString(), ["taskId"] = taskId };
            mappings.Add(mapping);
        }

        if (written.QueryDelay is { } queryDelay)
        {
            var query = _mappings.Find("query", route);
            var request = (JObject)query["request"]!;
            request.Remove("urlPathTemplate");
            request["urlPath"] = path;
            query["priority"] = 3;
            query["response"]!["fixedDelayMilliseconds"] = (int)queryDelay.TotalMilliseconds;
            mappings.Add(query);
        }

        if (written.ResultExpired)
        {
            mappings.Add(ExpiredMedia(taskId));
        }

        _book.AddScript(taskId, route, written);
        await Server.ImportMappingsAsync(mappings, cancellationToken).ConfigureAwait(false);
        return new ScriptedTask(route, taskId);
    }

    /// <summary>Makes a task's result URLs answer 404 from now on, as Kling's CDN does once a result has expired.</summary>
    public Task ExpireMediaAsync(string taskId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(taskId);
        return Server.AddMappingAsync(ExpiredMedia(taskId), cancellationToken);
    }

    private JObject CreateLink(KlingRoute route, JObject mapping)
    {
        var link = _createLinks.GetValueOrDefault(route);
        mapping["priority"] = 2;
        mapping["scenarioName"] = $"kling-sandbox-create-{route}";
        mapping["requiredScenarioState"] = link == 0 ? "Started" : $"link-{link}";
        mapping["newScenarioState"] = $"link-{link + 1}";
        _createLinks[route] = link + 1;
        return mapping;
    }

    private static JObject ScriptedResponse(ScriptedAnswer answer, KlingRoute route)
    {
        var response = answer.FaultKind is { } fault
            ? new JObject { ["fault"] = FaultName(fault) }
            : new JObject
            {
                ["status"] = answer.HtmlStatus,
                ["headers"] = new JObject { ["Content-Type"] = "text/html; charset=utf-8" },
                ["body"] = $"<html><head><title>{answer.HtmlStatus} Error</title></head><body><center><h1>{answer.HtmlStatus} Error</h1></center><hr><center>nginx</center></body></html>",
            };
        return new JObject
        {
            ["request"] = new JObject { ["method"] = "POST", ["urlPath"] = KlingRoutes.PathOf(route) },
            ["response"] = response,
            ["metadata"] = new JObject { ["sandbox"] = "create-scripted-answer", ["route"] = route.ToString() },
        };
    }

    private static string FaultName(SandboxFault fault) => fault switch
    {
        SandboxFault.ConnectionReset => "CONNECTION_RESET_BY_PEER",
        SandboxFault.EmptyResponse => "EMPTY_RESPONSE",
        SandboxFault.MalformedChunk => "MALFORMED_RESPONSE_CHUNK",
        SandboxFault.RandomDataThenClose => "RANDOM_DATA_THEN_CLOSE",
        _ => throw new ArgumentOutOfRangeException(nameof(fault), fault, null),
    };

    private static JObject ExpiredMedia(string taskId) => new()
    {
        ["priority"] = 1,
        ["request"] = new JObject { ["method"] = "GET", ["urlPathPattern"] = $"/sandbox/media/{System.Text.RegularExpressions.Regex.Escape(taskId)}/.*" },
        ["response"] = new JObject
        {
            ["status"] = 404,
            ["headers"] = new JObject { ["Content-Type"] = "application/xml" },
            ["body"] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>",
        },
        ["metadata"] = new JObject { ["sandbox"] = "expired-media", ["taskId"] = taskId },
    };
}
