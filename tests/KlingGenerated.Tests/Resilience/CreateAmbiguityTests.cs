using KlingGenerated.Testing;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using WireMock.ResponseBuilders;

namespace KlingGenerated.Tests.Resilience;

/// <summary>
/// An answer to a create that cannot be classified (garbage, a cut body, an unknown or odd code, no task_id) may
/// hide a task: the next attempt looks it up by external_task_id, and the create is sent again only if it is absent.
/// </summary>
[Collection(WireMockCollection.Name)]
public sealed class CreateAmbiguityTests(WireMockFixture fixture) : IAsyncLifetime
{
    public static TheoryData<string> Answers() =>
    [
        "200 garbage JSON",
        "200 JSON cut short",
        "200 without task_id",
        "200 code 2^40",
        "400 code 2^40",
        "200 code true",
        "200 unknown code 9999",
        "200 code not UTF-8",
    ];

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task UnclassifiableCreateAnswer_IsLookedUp_AndNeverPaidTwice(string answer)
    {
        var scenario = new CreateScenario(fixture.Server, CreateRoute.ImageToVideo);
        scenario.FirstPostAnswers(Answer(answer));
        scenario.LookupFindsTask();
        scenario.SecondPostSucceeds(afterLookup: true);
        var client = TestResilience.CreateClient(fixture);

        var task = await CreateRoute.ImageToVideo.CreateAsync(client, scenario.ExternalTaskId);

        Assert.Equal(CreateScenario.FoundTaskId, task.Data!.TaskId);
        Assert.Equal(1, scenario.Posts());
        Assert.Equal(1, scenario.Lookups());
    }

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task UnclassifiableCreateAnswer_ThroughAddKlingClient_TaskAbsent_IsSentOnceMore(string answer)
    {
        var scenario = new CreateScenario(fixture.Server, CreateRoute.ImageToVideo);
        scenario.FirstPostAnswers(Answer(answer));
        scenario.LookupFindsNothing();
        scenario.SecondPostSucceeds(afterLookup: true);
        using var provider = TestResilience.CreateProvider(fixture);

        var task = await CreateRoute.ImageToVideo.CreateAsync(provider.GetRequiredService<KlingClient>(), scenario.ExternalTaskId);

        Assert.Equal(CreateScenario.SecondTaskId, task.Data!.TaskId);
        Assert.Equal(2, scenario.Posts());
        Assert.Equal(1, scenario.Lookups());
    }

    private static IResponseBuilder Answer(string name) => name switch
    {
        "200 garbage JSON" => Raw(200, "{\"code\":0,\"data\":{\"task_id\":"),
        "200 JSON cut short" => Raw(200, "{\"code\":0,\"message\":\"SUCCEED\",\"data\":{\"task_id\":\"t-cut\",\"task_sta"),
        "200 without task_id" => CreateScenario.Json(200, new JObject { ["code"] = 0, ["message"] = "SUCCEED", ["data"] = new JObject { ["task_status"] = "submitted" } }),
        "200 code 2^40" => Raw(200, "{\"code\":1099511627776,\"message\":\"odd\"}"),
        "400 code 2^40" => Raw(400, "{\"code\":1099511627776,\"message\":\"odd\"}"),
        "200 code true" => Raw(200, "{\"code\":true,\"message\":\"odd\"}"),
        "200 unknown code 9999" => Raw(200, "{\"code\":9999,\"message\":\"odd\"}"),
        "200 code not UTF-8" => Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
            .WithBody([.. "{\"code\":\""u8, 0xC3, 0x28, .. "\",\"message\":\"odd\"}"u8]),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static IResponseBuilder Raw(int status, string body) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);
}
