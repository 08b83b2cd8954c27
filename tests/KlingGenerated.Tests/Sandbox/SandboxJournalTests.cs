using KlingGenerated.Testing;

namespace KlingGenerated.Tests.Sandbox;

[Collection(SandboxCollection.Name)]
public sealed class SandboxJournalTests(SandboxFixture fixture) : SandboxTestBase(fixture)
{
    [Fact]
    public async Task GetCreates_ByRoute_ReturnsParsedBodiesAndTheirTaskIds()
    {
        var video = await Client.CreateImageToVideoTaskAsync(ImageToVideo("order-7"));
        await Client.CreateMultiImageToImageTaskAsync(new MultiImageToImageRequest
        {
            SubjectImageList = [new SubjectImageItem { SubjectImage = KlingImage.FromUrl("https://example.com/a.png") }, new SubjectImageItem { SubjectImage = KlingImage.FromUrl("https://example.com/b.png") }],
        });

        var creates = await Sandbox.GetCreatesAsync(KlingRoute.ImageToVideo);

        var create = Assert.Single(creates);
        Assert.Equal("https://example.com/first-frame.png", create.Body.Value<string>("image"));
        Assert.Equal("order-7", create.ExternalTaskId);
        Assert.Equal(video.Data!.TaskId, create.TaskId);
        Assert.Equal(2, (await Sandbox.GetCreatesAsync()).Count);
    }

    [Fact]
    public async Task ReceivedAuthorization_ComparesWithTheKey_AndNeverPrintsIt()
    {
        var client = Sandbox.CreateClient("sk-secret-0123456789");
        await client.CreateImageToVideoTaskAsync(ImageToVideo());

        var authorization = Assert.Single(await Sandbox.GetCreatesAsync()).Authorization;

        Assert.True(authorization.IsBearer("sk-secret-0123456789"));
        Assert.False(authorization.IsBearer("sk-secret-012345678"));
        Assert.Equal("Bearer", authorization.Scheme);
        Assert.DoesNotContain("secret", authorization.ToString());
        Assert.Equal("Bearer (redacted, 20 characters)", authorization.ToString());
    }

    [Fact]
    public async Task GetQueries_OfATask_ListsQueriesByTaskIdAndExternalIdOnly()
    {
        var mine = await Client.CreateImageToVideoTaskAsync(ImageToVideo("order-mine"));
        var other = await Client.CreateImageToVideoTaskAsync(ImageToVideo());
        await Client.GetImageToVideoTaskAsync(mine.Data!.TaskId!);
        await Client.GetImageToVideoTaskAsync("order-mine");
        await Client.GetImageToVideoTaskAsync(other.Data!.TaskId!);

        var queries = await Sandbox.GetQueriesAsync(mine.Data.TaskId!);

        Assert.Equal(
            [$"/kling/v1/videos/image2video/{mine.Data.TaskId}", "/kling/v1/videos/image2video/order-mine"],
            queries.Select(q => q.Path));
    }

    [Fact]
    public async Task Reset_ForgetsTasksScriptsAndRequests()
    {
        var created = await Client.CreateImageToVideoTaskAsync(ImageToVideo());
        await Sandbox.ScriptNextTaskAsync(KlingRoute.ImageToVideo, s => s.RefuseCreate(1102));

        await Sandbox.ResetAsync();
        var after = await Client.CreateImageToVideoTaskAsync(ImageToVideo());

        Assert.Equal("submitted", after.Data!.TaskStatus);
        await Assert.ThrowsAsync<KlingApiException<ErrorResponse>>(() => Client.GetImageToVideoTaskAsync(created.Data!.TaskId!));
        Assert.Single(await Sandbox.GetCreatesAsync());
    }
}
