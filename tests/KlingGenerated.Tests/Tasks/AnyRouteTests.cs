using KlingGenerated.Testing;
using KlingGenerated.Tests.Sandbox;

namespace KlingGenerated.Tests.Tasks;

[Collection(SandboxCollection.Name)]
public sealed class AnyRouteTests(SandboxFixture fixture) : SandboxTestBase(fixture)
{
    public static TheoryData<IKlingCreateRequest, KlingRoute> Requests() => new()
    {
        { ImageToVideo(), KlingRoute.ImageToVideo },
        { new MultiImageToVideoRequest { ImageList = [new() { Image = KlingImage.FromUrl("https://example.com/a.png") }, new() { Image = KlingImage.FromUrl("https://example.com/b.png") }], Prompt = "p" }, KlingRoute.MultiImageToVideo },
        { new ImageGenerationRequest { SubjectImageList = [new() { SubjectImage = KlingImage.FromUrl("https://example.com/a.png") }, new() { SubjectImage = KlingImage.FromUrl("https://example.com/b.png") }] }, KlingRoute.ImageGeneration },
        { new MultiImageToImageRequest { SubjectImageList = [new() { SubjectImage = KlingImage.FromUrl("https://example.com/a.png") }, new() { SubjectImage = KlingImage.FromUrl("https://example.com/b.png") }] }, KlingRoute.MultiImageToImage },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task StartTaskAsync_CreatesOnTheRequestsRoute_AndListTasksAsyncFindsIt(IKlingCreateRequest request, KlingRoute route)
    {
        var operation = await Client.SubmitAsync(WaitUntil.Started, request);
        var listed = await Client.ListTasksAsync(route, 1, 30, CancellationToken.None);

        Assert.Equal(route, operation.Route);
        Assert.Equal(operation.Id, Assert.Single(await Sandbox.GetCreatesAsync(route)).TaskId);
        Assert.Contains(listed, t => t.TaskId == operation.Id);
    }

    [Fact]
    public async Task StartTaskAsync_OtherRequestType_IsRefusedBeforeSending()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Client.SubmitAsync(WaitUntil.Started, new NotAKlingRequest()));

        Assert.Empty(await Sandbox.GetCreatesAsync());
    }

    private sealed class NotAKlingRequest : IKlingCreateRequest
    {
        public string? ExternalTaskId { get; set; }
    }
}
