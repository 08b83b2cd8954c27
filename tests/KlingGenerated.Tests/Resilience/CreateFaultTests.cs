using KlingGenerated.Testing;
using WireMock.ResponseBuilders;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace KlingGenerated.Tests.Resilience;

/// <summary>
/// Every create route against every fault, on WireMock.Net: the outcome, and from WireMock.Net's request log
/// the POSTs and lookups sent. A create that may have reached Kling is looked up, never blindly resent.
/// </summary>
[Collection(WireMockCollection.Name)]
public sealed class CreateFaultTests(WireMockFixture fixture) : IAsyncLifetime
{
    public enum Lookup { None, FindsTask, FindsNothing }

    public enum Expect { FoundTask, SecondTask, Refused1102 }

    /// <summary>What the first POST gets, whether the task then exists, and what must follow.</summary>
    public sealed record Fault(string Name, Func<IResponseBuilder> FirstPost, Lookup Lookup, Expect Expect, int Posts, int Lookups, bool ShortAttempts = false)
    {
        public override string ToString() => Name;
    }

    public static readonly Fault[] Faults =
    [
        new("CONNECTION_RESET_BY_PEER", () => CreateScenario.Fault(SandboxFault.ConnectionReset), Lookup.FindsTask, Expect.FoundTask, Posts: 1, Lookups: 1),
        new("EMPTY_RESPONSE", () => CreateScenario.Fault(SandboxFault.EmptyResponse), Lookup.FindsTask, Expect.FoundTask, Posts: 1, Lookups: 1),
        new("MALFORMED_RESPONSE_CHUNK", () => CreateScenario.Fault(SandboxFault.MalformedChunk), Lookup.FindsTask, Expect.FoundTask, Posts: 1, Lookups: 1),
        new("RANDOM_DATA_THEN_CLOSE", () => CreateScenario.Fault(SandboxFault.RandomDataThenClose), Lookup.FindsTask, Expect.FoundTask, Posts: 1, Lookups: 1),
        // WireMock.Net's own faults answer 200 and spoil the body rather than the connection: still no readable answer.
        new("WireMock.Net EMPTY_RESPONSE (200, no body)", () => Response.Create().WithFault(FaultType.EMPTY_RESPONSE), Lookup.FindsTask, Expect.FoundTask, Posts: 1, Lookups: 1),
        new("WireMock.Net MALFORMED_RESPONSE_CHUNK (200, garbled body)", () => CreateScenario.Json(200, CreateScenario.Task(CreateScenario.SecondTaskId, "submitted")).WithFault(FaultType.MALFORMED_RESPONSE_CHUNK), Lookup.FindsTask, Expect.FoundTask, Posts: 1, Lookups: 1),
        new("500 code 5000, task absent", () => CreateScenario.Refusal(500, 5000), Lookup.FindsNothing, Expect.SecondTask, Posts: 2, Lookups: 1),
        new("502 HTML error page, task absent", () => CreateScenario.Html(502), Lookup.FindsNothing, Expect.SecondTask, Posts: 2, Lookups: 1),
        new("503 code 5001, task created", () => CreateScenario.Refusal(503, 5001), Lookup.FindsTask, Expect.FoundTask, Posts: 1, Lookups: 1),
        new("504 code 5002, task absent", () => CreateScenario.Refusal(504, 5002), Lookup.FindsNothing, Expect.SecondTask, Posts: 2, Lookups: 1),
        new("200 HTML page instead of JSON, task created", () => CreateScenario.Html(200), Lookup.FindsTask, Expect.FoundTask, Posts: 1, Lookups: 1),
        new("429 code 1302 with Retry-After", () => CreateScenario.Refusal(429, 1302, retryAfter: "0"), Lookup.None, Expect.SecondTask, Posts: 2, Lookups: 0),
        new("429 code 1303", () => CreateScenario.Refusal(429, 1303), Lookup.None, Expect.SecondTask, Posts: 2, Lookups: 0),
        new("429 code 1102", () => CreateScenario.Refusal(429, 1102), Lookup.None, Expect.Refused1102, Posts: 1, Lookups: 0),
        new("delay past the attempt timeout", () => CreateScenario.Slow(TestResilience.SlowResponseMilliseconds), Lookup.FindsTask, Expect.FoundTask, Posts: 1, Lookups: 1, ShortAttempts: true),
    ];

    public static TheoryData<string, string> RoutesAndFaults()
    {
        var data = new TheoryData<string, string>();
        foreach (var route in CreateRoute.All)
        {
            foreach (var fault in Faults)
            {
                data.Add(route.Name, fault.Name);
            }
        }

        return data;
    }

    public static TheoryData<string> FaultNames() => [.. Faults.Select(f => f.Name)];

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(RoutesAndFaults))]
    public Task Create_AfterFault_CreatesAtMostOneTask(string routeName, string faultName)
    {
        var fault = Faults.Single(f => f.Name == faultName);
        return CreateAfterFaultAsync(CreateRoute.Named(routeName), fault, TestResilience.CreateClient(fixture, Resilience(fault)));
    }

    /// <summary>The same faults on one route, through the client AddKlingClient registers (AddStandardResilienceHandler).</summary>
    [Theory]
    [MemberData(nameof(FaultNames))]
    public async Task Create_ThroughAddKlingClient_AfterFault_CreatesAtMostOneTask(string faultName)
    {
        var fault = Faults.Single(f => f.Name == faultName);
        using var provider = TestResilience.CreateProvider(fixture, Resilience(fault));

        await CreateAfterFaultAsync(CreateRoute.ImageToVideo, fault, provider.GetRequiredService<KlingClient>());
    }

    private static KlingResilienceOptions Resilience(Fault fault) => TestResilience.Fast(fault.ShortAttempts ? TestResilience.AttemptTimeout : null);

    private async Task CreateAfterFaultAsync(CreateRoute route, Fault fault, KlingClient client)
    {
        var scenario = new CreateScenario(fixture.Server, route);
        scenario.FirstPostAnswers(fault.FirstPost());
        switch (fault.Lookup)
        {
            case Lookup.FindsTask:
                scenario.LookupFindsTask();
                break;
            case Lookup.FindsNothing:
                scenario.LookupFindsNothing();
                break;
        }

        scenario.SecondPostSucceeds(afterLookup: fault.Lookup != Lookup.None);

        if (fault.Expect == Expect.Refused1102)
        {
            var error = await Assert.ThrowsAnyAsync<KlingApiException>(() => route.CreateAsync(client, scenario.ExternalTaskId));
            Assert.Equal(1102, error.KlingCode);
            Assert.False(error.IsRetryable);
        }
        else
        {
            var task = await route.CreateAsync(client, scenario.ExternalTaskId);
            Assert.Equal(fault.Expect == Expect.FoundTask ? CreateScenario.FoundTaskId : CreateScenario.SecondTaskId, task.Data!.TaskId);
        }

        Assert.Equal(fault.Posts, scenario.Posts());
        Assert.Equal(fault.Lookups, scenario.Lookups());
    }
}
