using System.Text.RegularExpressions;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace KlingGenerated.Testing;

// Scripting a task ahead of its create. What the server must play itself (faults, HTML pages,
// delays, expired media) becomes mappings; the rest (outcome, polls, refusals) waits in the task book.
public sealed partial class KlingSandbox
{
    // Per route, how many one-shot create mappings are queued. They form one scenario per route, each
    // link moving the state to the next, so scripts apply in the order they were written whatever the
    // server's "newest mapping wins" rule would otherwise pick.
    private readonly Dictionary<KlingRoute, int> _createLinks = [];

    /// <summary>
    /// Scripts the next task created on <paramref name="route"/> (after the tasks already scripted there)
    /// and returns the id it will get.
    /// </summary>
    /// <example><code>
    /// var task = await sandbox.ScriptNextTaskAsync(KlingRoute.ImageToVideo, s => s.FailAfterPolls(2, "The image failed the content safety check."));
    /// </code></example>
    public Task<ScriptedTask> ScriptNextTaskAsync(KlingRoute route, Action<KlingTaskScript> script, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(script);
        cancellationToken.ThrowIfCancellationRequested();
        var written = new KlingTaskScript();
        script(written);
        var taskId = _book.NewTaskId();
        _book.AddScript(taskId, route, written);
        lock (_createLinks)
        {
            foreach (var answer in written.CreateAnswers)
            {
                _mappings.Add("create-scripted-answer", route, SandboxMappings.ScriptedPriority,
                    Request.Create().WithPath(KlingRoutes.PathOf(route)).UsingPost(), ScriptedResponse(answer), NextCreateLink(route));
            }

            var create = SandboxMappings.Answer(request => _book.Create(route, request.Body ?? string.Empty, taskId));
            if (written.CreateDelay is { } delay)
            {
                create = create.WithLateAnswer(delay);
            }

            _mappings.Add("create", route, SandboxMappings.ScriptedPriority, SandboxMappings.Create(route), create, NextCreateLink(route));
        }

        var path = $"{KlingRoutes.PathOf(route)}/{taskId}";
        var scenario = $"kling-sandbox-query-{taskId}";
        var step = 0;
        foreach (var answer in written.QueryAnswers)
        {
            _mappings.Add("query", route, SandboxMappings.ScriptedPriority, Request.Create().WithPath(path).UsingGet(), ScriptedResponse(answer),
                (scenario, step == 0 ? null : $"answer-{step}", $"answer-{++step}"));
        }

        if (written.QueryDelay is { } queryDelay)
        {
            _mappings.Add("query", route, SandboxMappings.DelayedQueryPriority,
                Request.Create().WithPath(path).UsingGet().WithHeader("Authorization", SandboxMappings.Bearer),
                SandboxMappings.Answer(_ => _book.Query(route, taskId)).WithLateAnswer(queryDelay));
        }

        if (written.ResultExpired)
        {
            AddExpiredMedia(taskId);
        }

        return Task.FromResult(new ScriptedTask(route, taskId));
    }

    /// <summary>Makes a task's result URLs answer 404 from now on, as Kling's CDN does once a result has expired.</summary>
    public Task ExpireMediaAsync(string taskId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(taskId);
        cancellationToken.ThrowIfCancellationRequested();
        AddExpiredMedia(taskId);
        return Task.CompletedTask;
    }

    private (string, string?, string) NextCreateLink(KlingRoute route)
    {
        var link = _createLinks.GetValueOrDefault(route);
        _createLinks[route] = link + 1;
        return ($"kling-sandbox-create-{route}", link == 0 ? null : $"link-{link}", $"link-{link + 1}");
    }

    private static IResponseBuilder ScriptedResponse(ScriptedAnswer answer) =>
        answer.FaultKind is { } fault
            ? Response.Create().WithTransportFault(fault)
            : Response.Create()
                .WithStatusCode(answer.HtmlStatus)
                .WithHeader("Content-Type", "text/html; charset=utf-8")
                .WithBody($"<html><head><title>{answer.HtmlStatus} Error</title></head><body><center><h1>{answer.HtmlStatus} Error</h1></center><hr><center>nginx</center></body></html>");

    private void AddExpiredMedia(string taskId) =>
        _mappings.Add("expired-media", null, 1,
            Request.Create().WithPath(new WireMock.Matchers.RegexMatcher($"^/sandbox/media/{Regex.Escape(taskId)}/.*$")).UsingGet(),
            Response.Create()
                .WithStatusCode(404)
                .WithHeader("Content-Type", "application/xml")
                .WithBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>"));
}
