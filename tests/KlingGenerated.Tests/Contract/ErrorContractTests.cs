using Newtonsoft.Json.Linq;

namespace KlingGenerated.Tests.Contract;

[Collection(WireMockCollection.Name)]
public sealed class ErrorContractTests(WireMockFixture fixture) : ContractTestBase(fixture)
{
    [Fact]
    public async Task AnyRoute_WithoutKey_GetsTheContractsUnauthorizedBody()
    {
        var anonymous = Fixture.CreateClient(key: null);

        var error = await Assert.ThrowsAsync<KlingApiException<ErrorResponse>>(() => anonymous.GetImageToVideoTaskAsync(TaskId));

        Assert.Equal(401, error.StatusCode);
        Assert.Equal(1001, error.Result.Code);
        var sent = Assert.Single(await Fixture.Server.GetRequestsAsync());
        Assert.Null(sent.Header("Authorization"));
    }

    [Fact]
    public async Task GatewayErrorBody_IsReadIntoTheErrorObject()
    {
        await Fixture.Server.AddMappingAsync(JObject.Parse("""
            {"priority":1,"request":{"method":"POST","urlPath":"/kling/v1/videos/image2video"},
             "response":{"status":400,"headers":{"Content-Type":"application/json"},
               "jsonBody":{"error":{"message":"invalid request body","type":"comet_api_error","param":"","code":"invalid_request"}}}}
            """));

        var error = await Assert.ThrowsAsync<KlingApiException<ErrorResponse>>(
            () => Client.CreateImageToVideoTaskAsync(new ImageToVideoRequest { Image = "https://example.com/a.png" }));

        Assert.Equal(400, error.StatusCode);
        Assert.Equal("invalid_request", error.Result.Error!.Code);
        Assert.Null(error.Result.Code);
    }

    [Fact]
    public async Task ResponseWithUnknownFieldsAndStatus_IsReadTolerantly()
    {
        await Fixture.Server.AddMappingAsync(JObject.Parse("""
            {"priority":1,"request":{"method":"GET","urlPath":"/kling/v1/videos/image2video/t-new"},
             "response":{"status":200,"headers":{"Content-Type":"application/json"},
               "jsonBody":{"code":0,"message":"SUCCEED","brand_new":{"x":1},
                 "data":{"task_id":"t-new","task_status":"queued_for_review","task_result":null,"task_info":{},"future_field":[1,2]}}}}
            """));

        var response = await Client.GetImageToVideoTaskAsync("t-new");

        Assert.Equal("queued_for_review", response.Data!.TaskStatus);
        Assert.Null(response.Data.TaskResult);
        Assert.True(response.AdditionalProperties.ContainsKey("brand_new"));
    }
}
