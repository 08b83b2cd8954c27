using System.Text;
using KlingGenerated.Testing;
using Newtonsoft.Json.Linq;

namespace KlingGenerated.Tests.Sandbox;

/// <summary>Bodies that break the spec's schema are refused as Kling refuses them, and listed for the test.</summary>
/// <remarks>Raw HTTP, so the client's own checks cannot stop the bad body before it reaches the sandbox.</remarks>
[Collection(SandboxCollection.Name)]
public sealed class SandboxContractCheckTests(SandboxFixture fixture) : SandboxTestBase(fixture)
{
    public static TheoryData<string, string, string> Violations() => new()
    {
        { "/kling/v1/videos/image2video", """{"prompt":"no image"}""", "image or image_tail is required" },
        {
            "/kling/v1/videos/multi-image2video",
            """{"prompt":"p","image_list":[{"image":"a"},{"image":"b"},{"image":"c"},{"image":"d"},{"image":"e"}]}""",
            "image_list must have at most 4 items"
        },
        { "/kling/v1/videos/image2video", $$"""{"image":"a","prompt":"{{new string('x', 2501)}}"}""", "prompt must be at most 2500 characters (it has 2501)" },
        { "/kling/v1/videos/image2video", """{"image":"a","duration":"16"}""", "duration must be one of 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15" },
        { "/kling/v1/videos/image2video", """{"image":"a","duration":5}""", "duration must be of type string" },
        { "/kling/v1/images/generations", """{"subject_image_list":[{"subject_image":"a"},{"subject_image":""}]}""", "subject_image_list[1].subject_image must not be empty" },
        { "/kling/v1/videos/image2video", """{"image":"a","camera_control":{"type":"simple","speed":2}}""", "camera_control.speed is not a field of this request" },
        { "/kling/v1/images/multi-image2image", """{"subject_image_list":[{"subject_image":"a"},{"subject_image":"b"}],"n":10}""", "n must be at most 9" },
    };

    [Theory]
    [MemberData(nameof(Violations))]
    public async Task Create_BodyBreakingTheSchema_Gets400With1201NamingTheField(string path, string body, string reason)
    {
        using var response = await PostAsync(path, body);
        var answer = JObject.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal(1201, answer.Value<int>("code"));
        Assert.Equal("Invalid parameter: " + reason, answer.Value<string>("message"));
        var violation = Assert.Single(await Sandbox.GetContractViolationsAsync());
        Assert.Equal(reason, violation.Reason);
        Assert.Equal(path, violation.Request.Path);
        Assert.Empty(await Sandbox.GetCreatesAsync());
    }

    [Fact]
    public async Task Create_BodyThatIsNotJson_IsAViolation()
    {
        using var response = await PostAsync("/kling/v1/videos/image2video", "image=a");

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal("the request body is not JSON", Assert.Single(await Sandbox.GetContractViolationsAsync()).Reason);
    }

    [Fact]
    public async Task Create_BodyWithinTheSchema_IsNoViolation()
    {
        using var response = await PostAsync("/kling/v1/videos/image2video",
            """{"image":"a","duration":"10","mode":"pro","cfg_scale":0.5,"camera_control":{"type":"simple","config":{"zoom":5}},"watermark_info":{"enabled":null}}""");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Empty(await Sandbox.GetContractViolationsAsync());
        Assert.Single(await Sandbox.GetCreatesAsync(KlingRoute.ImageToVideo));
    }

    [Theory]
    [InlineData("""{"image_tail":"b","duration":"10","mode":"pro"}""")]
    [InlineData("""{"image":"a","image_tail":"b","duration":"15"}""")]
    [InlineData("""{"image":"a","duration":"3"}""")]
    public async Task Create_TailFrameAloneOrAnyDurationFrom3To15_IsNoViolation(string body)
    {
        using var response = await PostAsync("/kling/v1/videos/image2video", body);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Empty(await Sandbox.GetContractViolationsAsync());
    }

    [Fact]
    public async Task Create_PromptsOf2500Characters_AreNoViolation()
    {
        var text = new string('x', 2500);
        using var video = await PostAsync("/kling/v1/videos/image2video", $$"""{"image":"a","prompt":"{{text}}","negative_prompt":"{{text}}"}""");
        using var multi = await PostAsync("/kling/v1/videos/multi-image2video", $$"""{"image_list":[{"image":"a"}],"prompt":"{{text}}","negative_prompt":"{{text}}"}""");

        Assert.Equal(200, (int)video.StatusCode);
        Assert.Equal(200, (int)multi.StatusCode);
        Assert.Empty(await Sandbox.GetContractViolationsAsync());
    }

    [Fact]
    public async Task Create_UnknownTopLevelField_IsAcceptedAndListedAsAFinding()
    {
        using var response = await PostAsync("/kling/v1/images/multi-image2image",
            """{"subject_image_list":[{"subject_image":"a"},{"subject_image":"b"}],"scence_image":"c","enhance_prompt":"on"}""");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Empty(await Sandbox.GetContractViolationsAsync());
        Assert.Single(await Sandbox.GetCreatesAsync(KlingRoute.MultiImageToImage));
        var findings = await Sandbox.GetContractFindingsAsync();
        Assert.Equal(["unknown field `scence_image` (not in the spec)", "unknown field `enhance_prompt` (not in the spec)"], findings.Select(f => f.Reason));
        Assert.All(findings, f => Assert.False(f.Refused));
        Assert.All(findings, f => Assert.Equal("/kling/v1/images/multi-image2image", f.Request.Path));
    }

    [Fact]
    public async Task Create_ExtraFieldFromTheClient_SucceedsAndIsAFinding()
    {
        var request = ImageToVideo();
        request.AdditionalProperties["enhance_prompt"] = "on";

        var created = await Client.CreateImageToVideoTaskAsync(request);

        Assert.Equal(0, created.Code);
        Assert.Equal("on", Assert.Single(await Sandbox.GetCreatesAsync()).Body.Value<string>("enhance_prompt"));
        var finding = Assert.Single(await Sandbox.GetContractFindingsAsync());
        Assert.Equal("unknown field `enhance_prompt` (not in the spec)", finding.Reason);
        Assert.Equal(KlingRoute.ImageToVideo, finding.Route);
        Assert.False(finding.Refused);
    }

    [Fact]
    public async Task ContractFindings_ListViolationsAsRefused()
    {
        using var response = await PostAsync("/kling/v1/videos/image2video", """{"prompt":"no image"}""");

        var finding = Assert.Single(await Sandbox.GetContractFindingsAsync());
        Assert.True(finding.Refused);
        Assert.Equal("image or image_tail is required", finding.Reason);
    }

    [Fact]
    public async Task AnyRoute_WithoutKey_Gets401With1001()
    {
        using var http = Sandbox.CreateHttpClient(apiKey: null);

        using var response = await http.GetAsync("kling/v1/images/generations/123");

        Assert.Equal(401, (int)response.StatusCode);
        Assert.Equal(1001, JObject.Parse(await response.Content.ReadAsStringAsync()).Value<int>("code"));
    }

    private async Task<HttpResponseMessage> PostAsync(string path, string body)
    {
        var http = Sandbox.CreateHttpClient();
        return await http.PostAsync(path.TrimStart('/'), new StringContent(body, Encoding.UTF8, "application/json"));
    }
}
