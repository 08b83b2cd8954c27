namespace KlingGenerated.Tests.Contract;

/// <summary>A task id is one URL segment: values that would turn a query into another route are refused before sending.</summary>
[Collection(WireMockCollection.Name)]
public sealed class TaskIdPathTests(WireMockFixture fixture) : ContractTestBase(fixture)
{
    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("")]
    [InlineData("  ")]
    public async Task GetTask_IdThatIsNotAPathSegment_IsRefusedBeforeSending(string taskId)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Client.GetImageToVideoTaskAsync(taskId));

        Assert.Equal("taskId", error.ParamName);
        Assert.Contains("would name another route", error.Message);
        Assert.Empty(Fixture.Server.ReceivedRequests());
    }

    [Fact]
    public async Task GetTask_IdWithSlashAndQuery_StaysOneEscapedSegment()
    {
        await Client.GetMultiImageToImageTaskAsync("a/../b?x#y");

        var request = Assert.Single(Fixture.Server.ReceivedRequests());
        Assert.Equal("/kling/v1/images/multi-image2image/a%2F..%2Fb%3Fx%23y", request.Url);
    }
}
