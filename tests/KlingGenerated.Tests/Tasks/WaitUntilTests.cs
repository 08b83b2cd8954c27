using KlingGenerated.Tests.Sandbox;

namespace KlingGenerated.Tests.Tasks;

/// <summary>One create-and-operation method per route: WaitUntil decides whether it returns at once or when the task has ended.</summary>
[Collection(SandboxCollection.Name)]
public sealed class WaitUntilTests(SandboxFixture fixture) : SandboxTestBase(fixture)
{
    [Fact]
    public async Task Started_ReturnsTheCreatedTaskWithoutQueryingIt()
    {
        var operation = await Client.ImageToVideoAsync(WaitUntil.Started, ImageToVideo());

        var create = Assert.Single(await Sandbox.GetCreatesAsync(KlingRoute.ImageToVideo));
        Assert.Equal(create.TaskId, operation.Id);
        Assert.False(operation.HasCompleted);
        Assert.Equal(KlingTaskStatus.Submitted, operation.Status);
        Assert.Empty(await Sandbox.GetQueriesAsync(operation.Id));
    }

    [Fact]
    public async Task Completed_ReturnsTheOperationHoldingTheSucceededTask()
    {
        var operation = await Client.ImageToVideoAsync(WaitUntil.Completed, ImageToVideo());

        Assert.True(operation.HasCompleted);
        Assert.True(operation.HasValue);
        Assert.Equal(KlingTaskStatus.Succeeded, operation.Value.Status);
        Assert.NotEmpty(operation.Value.Videos);
        Assert.NotEmpty(await Sandbox.GetQueriesAsync(operation.Id));
    }

    [Fact]
    public async Task ExternalTaskId_IsOnTheCallersRequestAndIsTheOneSent()
    {
        var request = ImageToVideo();

        var operation = await Client.ImageToVideoAsync(WaitUntil.Started, request);

        Assert.StartsWith(ExternalTaskIds.Prefix, request.ExternalTaskId, StringComparison.Ordinal);
        Assert.Equal(request.ExternalTaskId, Assert.Single(await Sandbox.GetCreatesAsync()).ExternalTaskId);
        Assert.Equal(request.ExternalTaskId, operation.ExternalTaskId);
    }

    [Fact]
    public async Task ExternalTaskId_GivenByTheCaller_IsKept()
    {
        var request = ImageToVideo("order-77");

        await Client.ImageToVideoAsync(WaitUntil.Started, request);

        Assert.Equal("order-77", request.ExternalTaskId);
        Assert.Equal("order-77", Assert.Single(await Sandbox.GetCreatesAsync()).ExternalTaskId);
    }

    [Fact]
    public async Task UndefinedWaitUntil_IsRefusedBeforeAnythingIsSent()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Client.ImageToVideoAsync((WaitUntil)7, ImageToVideo()));

        Assert.Empty(await Sandbox.GetCreatesAsync());
    }

    [Fact]
    public async Task ClientSubclass_BuiltWithTheProtectedConstructor_StandsInForTheRealOne()
    {
        var fake = new FakeClient();

        var operation = await fake.ImageToVideoAsync(WaitUntil.Completed, ImageToVideo());

        Assert.Same(FakeClient.Operation, operation);
        Assert.Equal(1, fake.Calls);
        Assert.Empty(await Sandbox.GetCreatesAsync());
    }

    private sealed class FakeClient : KlingClient
    {
        public static readonly KlingTaskOperation Operation = new FakeOperation();

        public int Calls { get; private set; }

        public override Task<KlingTaskOperation> ImageToVideoAsync(WaitUntil waitUntil, ImageToVideoRequest request, KlingWaitOptions? waitOptions = null,
            IProgress<KlingTaskProgress>? progress = null, CancellationToken cancellationToken = default)
        {
            Calls++;
            return Task.FromResult(Operation);
        }
    }

    private sealed class FakeOperation : KlingTaskOperation
    {
        public override string Id => "fake-1";
    }
}
