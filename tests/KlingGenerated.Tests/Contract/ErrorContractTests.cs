using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace KlingGenerated.Tests.Contract;

[Collection(WireMockCollection.Name)]
public sealed class ErrorContractTests(WireMockFixture fixture) : ContractTestBase(fixture)
{
    [Fact]
    public async Task GatewayErrorBody_IsReadIntoTheErrorObject()
    {
        Fixture.Server
            .Given(Request.Create().WithPath("/kling/v1/videos/image2video").UsingPost())
            .AtPriority(1)
            .RespondWith(Response.Create()
                .WithStatusCode(400)
                .WithHeader("Content-Type", "application/json")
                .WithBody("""{"error":{"message":"invalid request body","type":"comet_api_error","param":"","code":"invalid_request"}}"""));

        var error = await Assert.ThrowsAsync<KlingApiException<ErrorResponse>>(
            () => Client.CreateImageToVideoTaskAsync(new ImageToVideoRequest { Image = KlingImage.FromUrl("https://example.com/a.png") }));

        Assert.Equal(400, error.StatusCode);
        Assert.Equal("invalid_request", error.Result.Error!.Code);
        Assert.Null(error.Result.Code);
    }

    [Fact]
    public async Task ResponseWithUnknownFieldsAndStatus_IsReadTolerantly()
    {
        Fixture.Server
            .Given(Request.Create().WithPath("/kling/v1/videos/image2video/t-new").UsingGet())
            .AtPriority(1)
            .RespondWith(Response.Create()
                .WithStatusCode(200)
                .WithHeader("Content-Type", "application/json")
                .WithBody("""
                    {"code":0,"message":"SUCCEED","brand_new":{"x":1},
                     "data":{"task_id":"t-new","task_status":"queued_for_review","task_result":null,"task_info":{},"future_field":[1,2]}}
                    """));

        var response = await Client.GetImageToVideoTaskAsync("t-new");

        Assert.Equal("queued_for_review", response.Data!.TaskStatus);
        Assert.Null(response.Data.TaskResult);
        Assert.True(response.AdditionalProperties.ContainsKey("brand_new"));
    }
}

[Collection(WireMockCollection.Name)]
public sealed class ErrorBodyContractTests(WireMockFixture fixture) : ContractTestBase(fixture)
{
    [Fact]
    public async Task Http200_WithNonZeroCode_IsAnError()
    {
        Fixture.Server
            .Given(Request.Create().WithPath("/kling/v1/videos/image2video/t-1").UsingGet())
            .AtPriority(1)
            .RespondWith(Response.Create()
                .WithStatusCode(200)
                .WithHeader("Content-Type", "application/json")
                .WithBody("""{"code":1201,"message":"task_id is invalid","request_id":"req-1201"}"""));

        var error = await Assert.ThrowsAsync<KlingApiException>(() => Client.GetImageToVideoTaskAsync("t-1"));

        Assert.Equal(200, error.StatusCode);
        Assert.Equal(1201, error.KlingCode);
        Assert.Equal(KlingErrorCategory.InvalidRequest, error.Category);
        Assert.Equal("HTTP 200 (Kling code 1201, invalid request): task_id is invalid (request_id req-1201)", error.Message);
    }

    [Fact]
    public async Task TruncatedJson_BecomesAKlingApiException()
    {
        Fixture.Server
            .Given(Request.Create().WithPath("/kling/v1/videos/image2video/t-2").UsingGet())
            .AtPriority(1)
            .RespondWith(Response.Create()
                .WithStatusCode(200)
                .WithHeader("Content-Type", "application/json")
                .WithBody("{\"code\":0,\"data\":{\"task_id\":\"t-"));

        var error = await Assert.ThrowsAsync<KlingApiException>(() => Client.GetImageToVideoTaskAsync("t-2"));

        Assert.Equal(200, error.StatusCode);
        Assert.Contains("{\"code\":0,\"data\":{\"task_id\":\"t-", error.Message);
    }
}
