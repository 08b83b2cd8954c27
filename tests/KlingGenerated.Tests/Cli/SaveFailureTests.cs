using KlingGenerated.Testing;
using KlingGenerated.Tests.Sandbox;

namespace KlingGenerated.Tests.Cli;

/// <summary>When a result cannot be saved, the message names the task and the command that saves it again.</summary>
[Collection(SandboxCollection.Name)]
public sealed class SaveFailureTests(SandboxFixture fixture) : CliTestBase(fixture)
{
    [Fact]
    public async Task AFailedDownload_NamesTheTask_AndTheCommandThatSavesItAgain()
    {
        var task = await Sandbox.ScriptNextTaskAsync(KlingRoute.ImageToVideo, s => s.SucceedAfterPolls(1).ExpireResult());

        var code = await Cli.RunAsync(Remote("image2video", "--image", "https://example.com/a.png", "--out", "film.mp4", "--json"));

        Assert.Equal(1, code);
        Assert.True(Cli.Error.Contains($"task {task.TaskId} succeeded, but its result was not saved", StringComparison.Ordinal), Cli.Error);
        Assert.Contains($"kling task wait image2video {task.TaskId} --out {Path.Combine(Cli.Folder, "film.mp4")}", Cli.Error);
        Assert.Equal(task.TaskId, Cli.Json().Value<string>("task_id"));
        Assert.Equal("not_saved", Cli.Json().Value<string>("status"));
    }

    [Fact]
    public async Task AFileInTheWay_InAFolderSave_NamesTheTask_AndOverwrite_NotALibraryOption()
    {
        var created = await Client.CreateMultiImageToImageTaskAsync(new MultiImageToImageRequest
        {
            SubjectImageList = [new SubjectImageItem { SubjectImage = KlingImage.FromUrl("https://example.com/1.png") }, new SubjectImageItem { SubjectImage = KlingImage.FromUrl("https://example.com/2.png") }],
            N = 2,
        });
        var id = created.Data!.TaskId!;
        var folder = Directory.CreateDirectory(Path.Combine(Cli.Folder, "out")).FullName;
        File.WriteAllText(Path.Combine(folder, id + "-0.png"), "keep me");

        var code = await Cli.RunAsync(Remote("task", "wait", "multi-image2image", id, "--out-dir", "out"));

        Assert.Equal(1, code);
        Assert.Contains($"task {id} succeeded, but its result was not saved", Cli.Error);
        Assert.Contains($"kling task wait multi-image2image {id} --out-dir {folder} --overwrite", Cli.Error);
        Assert.DoesNotContain("KlingDownloadOptions", Cli.Error);
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(folder, id + "-0.png")));
    }

    [Fact]
    public async Task AnUnknownTaskId_IsARefusal_NamingTheTask()
    {
        var code = await Cli.RunAsync(Remote("task", "get", "image2video", "no-such-task"));

        Assert.Equal(3, code);
        Assert.Contains("the API refused the request", Cli.Error);
    }
}
