using System.Collections.Concurrent;
using KlingGenerated.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace KlingGenerated.Tests.Snippets;

// Inside the namespace, so it wins over KlingGenerated.Tests.Results.
using Results = Microsoft.AspNetCore.Http.Results;

/// <summary>The README's callback receiver, compiled and run as a real minimal API that the sandbox posts to.</summary>
public sealed class CallbackSnippets
{
    private const string SigningSecret = "whsec_cmVhZG1lLXNuaXBwZXQtc2lnbmluZy1zZWNyZXQ=";

    [Fact]
    public async Task ReceivingCallbacks_MinimalApi_ReadsEverySignedNotification()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var app = builder.Build();
        var updates = new ConcurrentQueue<TaskData>();
        var signingSecret = SigningSecret; // from your configuration, as Kling's console shows it

        #region Snippet:ReceivingCallbacks
        var receiver = new KlingCallbackReceiver(new KlingCallbackOptions { SigningSecret = signingSecret });

        app.MapPost("/kling/callback", async (HttpRequest request) =>
        {
            try
            {
                TaskData task = await receiver.ReadAsync(request.Body, name => request.Headers[name], request.HttpContext.RequestAborted);
                updates.Enqueue(task); // hand it on and answer at once; the same status may come twice
                return Results.Ok();
            }
            catch (KlingCallbackSignatureException)
            {
                return Results.Unauthorized(); // unsigned, stale, or not signed with your secret
            }
            catch (KlingCallbackException)
            {
                return Results.BadRequest(); // too large, or not a Kling task
            }
        });
        #endregion

        await app.StartAsync();
        await using var sandbox = await KlingSandbox.StartAsync(new KlingSandboxOptions { CallbackSigningSecret = signingSecret });
        var kling = sandbox.CreateClient();
        var quick = new KlingWaitOptions { InitialDelay = TimeSpan.FromMilliseconds(10), PollInterval = TimeSpan.FromMilliseconds(10), Jitter = 0 };

        var done = (await kling.ImageToVideoAsync(WaitUntil.Completed, new ImageToVideoRequest { Image = KlingImage.FromUrl("https://example.com/cat.png"), CallbackUrl = app.Urls.Single() + "/kling/callback" }, quick)).Value;
        var deliveries = await sandbox.GetCallbackDeliveriesAsync();
        await app.StopAsync();

        Assert.All(deliveries, d => Assert.Equal(200, d.StatusCode));
        Assert.Equal(["submitted", "processing", "succeed"], updates.Select(u => u.TaskStatus));
        Assert.All(updates, u => Assert.Equal(done.TaskId, u.TaskId));
    }
}
