using KlingGenerated.Testing;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace KlingGenerated.Tests.Resilience;

/// <summary>Queries are safe to repeat: transient failures are retried, final refusals are not.</summary>
[Collection(WireMockCollection.Name)]
public sealed class QueryRetryTests(WireMockFixture fixture) : IAsyncLifetime
{
    private const string Path = "/kling/v1/videos/image2video/task-1";

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string> TransientFaults() =>
    [
        "CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "MALFORMED_RESPONSE_CHUNK", "RANDOM_DATA_THEN_CLOSE",
        "500", "502", "503", "504", "html", "1302", "1303", "slow", "code not UTF-8",
    ];

    [Theory]
    [MemberData(nameof(TransientFaults))]
    public async Task GetTask_AfterTransientFault_RetriesAndSucceeds(string fault)
    {
        await FirstGetThenSuccessAsync(fault switch
        {
            "500" or "502" or "503" or "504" => CreateScenario.Refusal(int.Parse(fault, System.Globalization.CultureInfo.InvariantCulture), 5000),
            "html" => CreateScenario.Html(502),
            "1302" or "1303" => CreateScenario.Refusal(429, int.Parse(fault, System.Globalization.CultureInfo.InvariantCulture)),
            "slow" => CreateScenario.Slow(TestResilience.SlowResponseMilliseconds),
            "code not UTF-8" => Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody([.. "{\"code\":\""u8, 0xC3, 0x28, .. "\",\"message\":\"odd\"}"u8]),
            _ => CreateScenario.Fault(FaultNamed(fault)),
        });
        var client = TestResilience.CreateClient(fixture, TestResilience.Fast(fault == "slow" ? TestResilience.AttemptTimeout : null));

        var task = await client.GetImageToVideoTaskAsync("task-1");

        Assert.Equal("task-1", task.Data!.TaskId);
        Assert.Equal(2, fixture.Server.CountRequests("GET", Path));
    }

    [Theory]
    [InlineData(1102)]
    [InlineData(1304)]
    [InlineData(1100)]
    public async Task GetTask_429WithFinalCode_IsNotRetried(int code)
    {
        await FirstGetThenSuccessAsync(CreateScenario.Refusal(429, code));
        var client = TestResilience.CreateClient(fixture);

        var error = await Assert.ThrowsAnyAsync<KlingApiException>(() => client.GetImageToVideoTaskAsync("task-1"));

        Assert.Equal(code, error.KlingCode);
        Assert.Equal(1, fixture.Server.CountRequests("GET", Path));
    }

    [Fact]
    public async Task GetTask_GatewayInvalidRequestOn500_IsNotRetried()
    {
        await FirstGetThenSuccessAsync(CreateScenario.Json(500, JObject.Parse("""{"error":{"message":"bad id","type":"comet_api_error","code":"invalid_request"}}""")));
        var client = TestResilience.CreateClient(fixture);

        var error = await Assert.ThrowsAnyAsync<KlingApiException>(() => client.GetImageToVideoTaskAsync("task-1"));

        Assert.Equal("invalid_request", error.GatewayErrorCode);
        Assert.Equal(1, fixture.Server.CountRequests("GET", Path));
    }

    [Fact]
    public async Task GetTask_AlwaysFailing_StopsAfterMaxRetryAttempts()
    {
        Stub(CreateScenario.Refusal(503, 5001), scenario: null, from: null, to: null);
        var client = TestResilience.CreateClient(fixture);

        var error = await Assert.ThrowsAnyAsync<KlingApiException>(() => client.GetImageToVideoTaskAsync("task-1"));

        Assert.Equal(5001, error.KlingCode);
        Assert.Equal(1 + 3, fixture.Server.CountRequests("GET", Path));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task GetTask_RetryAfterHeader_SetsTheWait(bool throughAddKlingClient)
    {
        await FirstGetThenSuccessAsync(CreateScenario.Refusal(429, 1303, retryAfter: "1"));
        var resilience = TestResilience.Fast();
        var waits = new List<TimeSpan>();
        resilience.Retry.OnRetry = args =>
        {
            waits.Add(args.RetryDelay);
            return default;
        };
        using var provider = throughAddKlingClient ? TestResilience.CreateProvider(fixture, resilience) : null;
        var client = provider?.GetRequiredService<KlingClient>() ?? TestResilience.CreateClient(fixture, resilience);

        await client.GetImageToVideoTaskAsync("task-1");

        Assert.Equal([TimeSpan.FromSeconds(1)], waits);
        Assert.Equal(2, fixture.Server.CountRequests("GET", Path));
    }

    private static SandboxFault FaultNamed(string name) => name switch
    {
        "CONNECTION_RESET_BY_PEER" => SandboxFault.ConnectionReset,
        "EMPTY_RESPONSE" => SandboxFault.EmptyResponse,
        "MALFORMED_RESPONSE_CHUNK" => SandboxFault.MalformedChunk,
        "RANDOM_DATA_THEN_CLOSE" => SandboxFault.RandomDataThenClose,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    private Task FirstGetThenSuccessAsync(IResponseBuilder firstAnswer)
    {
        var scenario = "get-" + Guid.NewGuid().ToString("N");
        Stub(firstAnswer, scenario, from: null, to: "Failed");
        Stub(CreateScenario.Json(200, CreateScenario.Task("task-1", "processing")), scenario, "Failed", "Done");
        return Task.CompletedTask;
    }

    // A GET stub at top priority; in a scenario when one is named, a null 'from' being its start.
    private void Stub(IResponseBuilder response, string? scenario, string? from, string? to)
    {
        var stub = fixture.Server.Given(Request.Create().WithPath(Path).UsingGet()).AtPriority(1);
        if (scenario is not null)
        {
            stub = stub.InScenario(scenario).WillSetStateTo(to!);
            if (from is not null)
            {
                stub = stub.WhenStateIs(from);
            }
        }

        stub.RespondWith(response);
    }
}
