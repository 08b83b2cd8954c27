using KlingGenerated.Testing;

namespace KlingGenerated.Tests.Sandbox;

[Collection(SandboxCollection.Name)]
public sealed class SandboxTaskLifecycleTests(SandboxFixture fixture) : SandboxTestBase(fixture)
{
    [Fact]
    public async Task CreateThenQuery_UnscriptedTask_WalksSubmittedProcessingSucceed()
    {
        var created = await Client.CreateImageToVideoTaskAsync(ImageToVideo("order-1"));

        var statuses = new List<string?>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await Client.GetImageToVideoTaskAsync(created.Data!.TaskId!)).Data!.TaskStatus);
        }

        Assert.Equal("submitted", created.Data!.TaskStatus);
        Assert.Equal("order-1", created.Data.TaskInfo!.ExternalTaskId);
        Assert.Equal(["submitted", "processing", "succeed"], statuses);
    }
}
