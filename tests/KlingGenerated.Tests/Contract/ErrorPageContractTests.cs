using KlingGenerated.Testing;
using KlingGenerated.Tests.Sandbox;

namespace KlingGenerated.Tests.Contract;

[Collection(SandboxCollection.Name)]
public sealed class ErrorPageContractTests(SandboxFixture fixture) : SandboxTestBase(fixture)
{
    [Fact]
    public async Task AnyRoute_WithoutKey_GetsTheContractsUnauthorizedBody()
    {
        var anonymous = Sandbox.CreateClient(apiKey: null);

        var error = await Assert.ThrowsAsync<KlingApiException<ErrorResponse>>(() => anonymous.GetImageToVideoTaskAsync("861309198188019719"));

        Assert.Equal(401, error.StatusCode);
        Assert.Equal(1001, error.Result.Code);
        Assert.False(Assert.Single(Sandbox.Server.ReceivedRequests()).Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task HtmlErrorPage_BecomesAKlingApiException_NotAJsonError()
    {
        await Sandbox.ScriptNextTaskAsync(KlingRoute.ImageToVideo, s => s.HtmlErrorOnCreate(503));

        var error = await Assert.ThrowsAsync<KlingApiException>(() => Client.CreateImageToVideoTaskAsync(ImageToVideo()));

        Assert.Equal(503, error.StatusCode);
        Assert.True(error.IsRetryable);
        Assert.Contains("<html><head><title>503 Error</title>", error.Message);
        Assert.IsType<Newtonsoft.Json.JsonReaderException>(error.InnerException);
    }
}
