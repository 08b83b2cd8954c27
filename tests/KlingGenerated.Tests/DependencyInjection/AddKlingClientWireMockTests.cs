using KlingGenerated.Tests.Resilience;
using Microsoft.Extensions.DependencyInjection;
using WireMock.Matchers;
using WireMock.RequestBuilders;

namespace KlingGenerated.Tests.DependencyInjection;

/// <summary>The client that AddKlingClient registers, against the collection's shared WireMock server.</summary>
[Collection(WireMockCollection.Name)]
public sealed class AddKlingClientWireMockTests(WireMockFixture fixture) : IAsyncLifetime
{
    private const string Key = "sk-di-test-0123456789";
    private const string Path = "/kling/v1/videos/image2video/t-9";

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AddKlingClient_AgainstWireMock_SendsTheKeyAndRetries()
    {
        // Priority 1 puts these ahead of the contract mappings the shared server also holds.
        // WireMock.Net's start state has no name, and a mapping without a next state would go back to it.
        fixture.Server.Given(Request.Create().WithPath(Path).UsingGet())
            .AtPriority(1).InScenario("di-flaky").WillSetStateTo("ok")
            .RespondWith(CreateScenario.Refusal(503, 5001));
        fixture.Server.Given(Request.Create().WithPath(Path).UsingGet().WithHeader("Authorization", true, new ExactMatcher("Bearer " + Key)))
            .AtPriority(1).InScenario("di-flaky").WhenStateIs("ok").WillSetStateTo("ok")
            .RespondWith(CreateScenario.Json(200, CreateScenario.Task("t-9", "succeed")));
        using var provider = AddKlingClientTests.Provider(s => s.AddKlingClient(o =>
        {
            o.ApiKey = Key;
            o.BaseUrl = fixture.BaseUri;
            o.Resilience = TestResilience.Fast();
        }));

        var task = await provider.GetRequiredService<KlingClient>().GetImageToVideoTaskAsync("t-9");

        Assert.Equal("succeed", task.Data!.TaskStatus);
        Assert.Equal("t-9", task.Data.TaskId);
        var received = fixture.Server.ReceivedRequests().Where(r => r.Path == Path).ToList();
        Assert.Equal(2, received.Count);
        Assert.All(received, r => Assert.Equal("Bearer " + Key, r.Header("Authorization")));
    }
}
