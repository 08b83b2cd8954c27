using KlingGenerated.Tests.Resilience;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace KlingGenerated.Tests.DependencyInjection;

/// <summary>The client that AddKlingClient registers, against the collection's shared WireMock server.</summary>
[Collection(WireMockCollection.Name)]
public sealed class AddKlingClientWireMockTests(WireMockFixture fixture) : IAsyncLifetime
{
    private const string Key = "sk-di-test-0123456789";
    private const string Path = "/kling/v1/videos/image2video/t-9";

    public Task InitializeAsync() => fixture.Server.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AddKlingClient_AgainstWireMock_SendsTheKeyAndRetries()
    {
        // Priority 1 puts these ahead of the contract mappings the shared server also holds.
        await fixture.Server.AddMappingAsync(JObject.FromObject(new
        {
            priority = 1,
            scenarioName = "di-flaky",
            requiredScenarioState = "Started",
            newScenarioState = "ok",
            request = new { method = "GET", urlPath = Path },
            response = CreateScenario.Refusal(503, 5001),
        }));
        await fixture.Server.AddMappingAsync(JObject.FromObject(new
        {
            priority = 1,
            scenarioName = "di-flaky",
            requiredScenarioState = "ok",
            request = new { method = "GET", urlPath = Path, headers = new { Authorization = new { equalTo = "Bearer " + Key } } },
            response = CreateScenario.Json(200, CreateScenario.Task("t-9", "succeed")),
        }));
        using var provider = AddKlingClientTests.Provider(s => s.AddKlingClient(o =>
        {
            o.ApiKey = Key;
            o.BaseUrl = fixture.Server.BaseUri;
            o.Resilience = TestResilience.Fast();
        }));

        var task = await provider.GetRequiredService<IKlingClient>().GetImageToVideoTaskAsync("t-9");

        Assert.Equal("succeed", task.Data!.TaskStatus);
        Assert.Equal("t-9", task.Data.TaskId);
        var received = (await fixture.Server.GetRequestsAsync()).Where(r => r.Path == Path).ToList();
        Assert.Equal(2, received.Count);
        Assert.All(received, r => Assert.Equal("Bearer " + Key, r.Header("Authorization")));
    }
}
