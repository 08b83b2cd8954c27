using KlingGenerated.Testing;
using KlingGenerated.Tests.Sandbox;

namespace KlingGenerated.Tests.Cli;

[Collection(SandboxCollection.Name)]
public sealed class TaskCommandTests(SandboxFixture fixture) : CliTestBase(fixture)
{
    [Fact]
    public async Task Get_ShowsTheStatus_ByTaskIdOrExternalId()
    {
        var created = await Client.CreateImageToVideoTaskAsync(ImageToVideo("cli-get-1"));

        var byId = await Cli.RunAsync(Remote("task", "get", "image2video", created.Data!.TaskId!, "--json"));
        var first = Cli.Json();
        var byExternal = await Cli.RunAsync(Remote("task", "get", "image2video", "cli-get-1", "--json"));

        Assert.Equal((0, 0), (byId, byExternal));
        Assert.Equal(created.Data.TaskId, first.Value<string>("task_id"));
        Assert.Equal("cli-get-1", Cli.Json().Value<string>("external_task_id"));
        Assert.Equal(2, (await Sandbox.GetQueriesAsync(created.Data.TaskId!)).Count);
    }

    [Fact]
    public async Task Wait_WaitsForAnExistingTask_AndSavesIt()
    {
        var created = await Client.CreateMultiImageToImageTaskAsync(new MultiImageToImageRequest
        {
            SubjectImageList = [new SubjectImageItem { SubjectImage = KlingImage.FromUrl("https://example.com/1.png") }, new SubjectImageItem { SubjectImage = KlingImage.FromUrl("https://example.com/2.png") }],
            N = 3,
        });

        var code = await Cli.RunAsync(Remote("task", "wait", "multi-image2image", created.Data!.TaskId!, "--out-dir", "out"));

        Assert.True(code == 0, Cli.Error);
        Assert.Equal(3, Directory.GetFiles(Path.Combine(Cli.Folder, "out")).Length);
    }

    [Fact]
    public async Task List_PrintsTheRoutesTasks()
    {
        var one = await Client.CreateImageToVideoTaskAsync(ImageToVideo());
        var two = await Client.CreateImageToVideoTaskAsync(ImageToVideo());

        var code = await Cli.RunAsync(Remote("task", "list", "image2video", "--page", "1", "--page-size", "10", "--json"));

        Assert.Equal(0, code);
        var ids = Cli.Json()["tasks"]!.Select(t => t.Value<string>("task_id")).ToList();
        Assert.Contains(one.Data!.TaskId, ids);
        Assert.Contains(two.Data!.TaskId, ids);
    }

    [Fact]
    public async Task UnknownRoute_IsInvalidInput()
    {
        var code = await Cli.RunAsync(Remote("task", "get", "text2video", "123"));

        Assert.Equal(2, code);
        Assert.Contains("image2video", Cli.Error);
    }
}
