using KlingGenerated.Testing;

namespace KlingGenerated.Tests.Snippets;

/// <summary>The README's sandbox example, compiled and run; a second test keeps the README's copy identical.</summary>
public sealed class SandboxSnippets
{
    [Fact]
    public async Task SandboxQuickStart_RunsAsTheReadmeShows()
    {
        #region Snippet:SandboxQuickStart
        await using var sandbox = await KlingSandbox.StartAsync();
        var scripted = await sandbox.ScriptNextTaskAsync(KlingRoute.ImageToVideo, s => s.SucceedAfterPolls(2));
        var kling = sandbox.CreateClient();

        // Your code under test: create, then poll.
        var created = await kling.CreateImageToVideoTaskAsync(new ImageToVideoRequest
        {
            Image = KlingImage.FromUrl("https://example.com/cat.png"),
            Prompt = "The cat turns its head and blinks.",
        });
        var first = await kling.GetImageToVideoTaskAsync(created.Data!.TaskId!);
        var done = await kling.GetImageToVideoTaskAsync(created.Data.TaskId!);

        Assert.Equal(scripted.TaskId, created.Data.TaskId);
        Assert.Equal("submitted", first.Data!.TaskStatus);
        Assert.Equal("succeed", done.Data!.TaskStatus);
        var video = done.Data.TaskResult!.Videos![0].Url; // a real MP4, served by the sandbox
        Assert.Empty(await sandbox.GetContractViolationsAsync()); // every body sent was within the spec
        var create = Assert.Single(await sandbox.GetCreatesAsync(KlingRoute.ImageToVideo));
        Assert.Equal("https://example.com/cat.png", create.Body.Value<string>("image"));
        Assert.True(create.Authorization.IsBearer(KlingSandbox.DefaultApiKey));
        #endregion

        Assert.StartsWith(sandbox.BaseUri.ToString(), video);
    }
}
