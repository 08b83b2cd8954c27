using KlingGenerated.Testing;
using KlingGenerated.Tests.Sandbox;
using Newtonsoft.Json.Linq;

namespace KlingGenerated.Tests.Cli;

/// <summary>Image to video's sound, voices, elements and shots, and <c>--set</c> for any field, as the sandbox receives them.</summary>
[Collection(SandboxCollection.Name)]
public sealed class CliNewFieldsTests(SandboxFixture fixture) : CliTestBase(fixture)
{
    // Compared as written, so 5 and "5" differ and key order does not matter once parsed the same way.
    private static void AssertJson(string expected, JToken? actual) =>
        Assert.Equal(JToken.Parse(expected).ToString(Newtonsoft.Json.Formatting.None), actual?.ToString(Newtonsoft.Json.Formatting.None));

    private const string Frame = "https://example.com/a.png";

    private async Task<JObject> SentImageToVideoAsync(params string[] args)
    {
        var code = await Cli.RunAsync(Remote(["image2video", "--image", Frame, "--no-wait", .. args]));
        Assert.True(code == 0, Cli.Error);
        return Assert.Single(await Sandbox.GetCreatesAsync(KlingRoute.ImageToVideo)).Body;
    }

    private async Task AssertUsageErrorAsync(string[] args, params string[] named)
    {
        var code = await Cli.RunAsync(Remote(args));

        Assert.Equal(2, code);
        Assert.All(named, n => Assert.Contains(n, Cli.Error, StringComparison.Ordinal));
        Assert.Contains("nothing was sent", Cli.Error, StringComparison.Ordinal);
        Assert.Empty(await Sandbox.GetCreatesAsync());
    }

    [Fact]
    public async Task ImageToVideo_SoundAndTwoVoices_AreSent()
    {
        var body = await SentImageToVideoAsync("--model", "kling-v2-6", "--sound", "on", "--voice", "a", "--voice", "b");

        Assert.Equal("on", body.Value<string>("sound"));
        Assert.Equal(["a", "b"], body["voice_list"]!.Select(v => v.Value<string>("voice_id")));
    }

    [Fact]
    public async Task ImageToVideo_ThreeVoices_AreRefusedByTheLibraryNamingTheLimit()
    {
        await AssertUsageErrorAsync(["image2video", "--image", Frame, "--voice", "a", "--voice", "b", "--voice", "c"], "voice_list", "2");
    }

    [Fact]
    public async Task ImageToVideo_Elements_AreSentAsNumbers()
    {
        var body = await SentImageToVideoAsync("--element", "123", "--element", "456");

        var ids = body["element_list"]!.Select(e => e["element_id"]!).ToList();
        Assert.All(ids, id => Assert.Equal(JTokenType.Integer, id.Type));
        Assert.Equal([123L, 456L], ids.Select(id => id.Value<long>()));
    }

    [Fact]
    public async Task ImageToVideo_VoicesWithElements_AreRefusedBeforeSending()
    {
        await AssertUsageErrorAsync(["image2video", "--image", Frame, "--voice", "a", "--element", "123"], "element_list", "voice_list");
    }

    [Fact]
    public async Task ImageToVideo_Shots_BecomeAnOrderedMultiPromptOfACustomizedMultiShot()
    {
        var body = await SentImageToVideoAsync("--shot", "2:first shot", "--shot", "3:second: the shot");

        Assert.True(body.Value<bool>("multi_shot"));
        Assert.Equal("customize", body.Value<string>("shot_type"));
        AssertJson("""[{"index":1,"prompt":"first shot","duration":"2"},{"index":2,"prompt":"second: the shot","duration":"3"}]""", body["multi_prompt"]);
    }

    [Fact]
    public async Task ImageToVideo_ShotTypeAlone_IsAMultiShotOfThatType()
    {
        var body = await SentImageToVideoAsync("--shot-type", "intelligence");

        Assert.True(body.Value<bool>("multi_shot"));
        Assert.Equal("intelligence", body.Value<string>("shot_type"));
        Assert.Null(body["multi_prompt"]);
    }

    [Theory]
    [InlineData("nocolon")]
    [InlineData(":a prompt")]
    [InlineData("2:")]
    public async Task ImageToVideo_MalformedShot_IsAUsageErrorNamingIt(string shot)
    {
        await AssertUsageErrorAsync(["image2video", "--image", Frame, "--shot", shot], "--shot", $"\"{shot}\"");
    }

    [Fact]
    public async Task Help_ImageToVideo_DescribesEveryNewOption()
    {
        var code = await Cli.RunAsync("image2video", "--help");

        Assert.Equal(0, code);
        foreach (var option in new[] { "--sound", "--voice", "--element", "--shot-type", "--shot", "--set" })
        {
            Assert.Contains($"  {option} ", Cli.Output, StringComparison.Ordinal);
        }

        Assert.Contains("--set 'field=\"5\"'", Cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImageToVideo_SetKnownField_LandsInItsTypedProperty()
    {
        var body = await SentImageToVideoAsync("--set", """watermark_info={"enabled":true}""");

        AssertJson("""{"enabled":true}""", body["watermark_info"]);
    }

    [Fact]
    public async Task ImageToVideo_SetUnknownFields_ReachTheWireAsTheJsonGiven()
    {
        var body = await SentImageToVideoAsync("--set", "future_field=hello", "--set", "future_num=5", "--set", """future_obj={"a":1}""",
            "--set", "future_text=\"5\"", "--set", "future_date=\"2026-01-02T03:04:05Z\"", "--set", "future_nan=NaN");

        AssertJson("\"hello\"", body["future_field"]);
        AssertJson("5", body["future_num"]);
        AssertJson("""{"a":1}""", body["future_obj"]);
        AssertJson("\"5\"", body["future_text"]);
        AssertJson("\"2026-01-02T03:04:05Z\"", body["future_date"]);
        AssertJson("\"NaN\"", body["future_nan"]);
    }

    [Fact]
    public async Task ImageToVideo_SetInvalidValueForAKnownField_IsRefusedBeforeSending()
    {
        await AssertUsageErrorAsync(["image2video", "--image", Frame, "--set", "cfg_scale=3"], "cfg_scale");
    }

    [Fact]
    public async Task ImageToVideo_SetNumberForAStringEnum_IsAUsageErrorShowingTheQuotedForm()
    {
        await AssertUsageErrorAsync(["image2video", "--image", Frame, "--set", "duration=5"], "--set", "duration=\"5\"");
    }

    [Fact]
    public async Task ImageToVideo_SetAndNamedOptionForOneField_IsAUsageErrorNamingBoth()
    {
        await AssertUsageErrorAsync(["image2video", "--image", Frame, "--prompt", "x", "--set", "prompt=y"], "--prompt", "--set prompt");
    }

    [Fact]
    public async Task ImageToVideo_SetMultiPromptWithShots_IsAUsageErrorNamingBoth()
    {
        await AssertUsageErrorAsync(["image2video", "--image", Frame, "--shot", "5:a", "--set", "multi_prompt=[]"], "--shot", "--set multi_prompt");
    }

    [Theory]
    [InlineData("=x")]
    [InlineData("novalue")]
    public async Task ImageToVideo_SetWithoutAName_IsAUsageError(string assignment)
    {
        await AssertUsageErrorAsync(["image2video", "--image", Frame, "--set", assignment], "--set", assignment);
    }

    [Fact]
    public async Task ImageToVideo_SameFieldSetTwice_IsAUsageError()
    {
        await AssertUsageErrorAsync(["image2video", "--image", Frame, "--set", "x=1", "--set", "x=2"], "--set x");
    }

    [Fact]
    public async Task MultiImageToVideo_Set_ReachesTheWire()
    {
        var code = await Cli.RunAsync(Remote("multi-image2video", "--image", Frame, "--prompt", "p", "--no-wait",
            "--set", "future_field=hello", "--set", """watermark_info={"enabled":false}"""));

        Assert.True(code == 0, Cli.Error);
        var body = Assert.Single(await Sandbox.GetCreatesAsync(KlingRoute.MultiImageToVideo)).Body;
        Assert.Equal("hello", body.Value<string>("future_field"));
        Assert.False(body["watermark_info"]!.Value<bool>("enabled"));
    }

    [Fact]
    public async Task MultiImageToVideo_SetAndNamedOption_IsAUsageErrorNamingBoth()
    {
        await AssertUsageErrorAsync(["multi-image2video", "--image", Frame, "--prompt", "p", "--set", "model_name=kling-v1-6", "--model", "kling-v1"],
            "--model", "--set model_name");
    }

    [Fact]
    public async Task MultiImageToImage_OneSubjectAndSet_AreSent()
    {
        var code = await Cli.RunAsync(Remote("multi-image2image", "--subject", CliRun.Sample("day.png"), "--no-wait",
            "--set", "future_num=2.5", "--set", """watermark_info={"enabled":true}"""));

        Assert.True(code == 0, Cli.Error);
        var body = Assert.Single(await Sandbox.GetCreatesAsync(KlingRoute.MultiImageToImage)).Body;
        Assert.Single(body["subject_image_list"]!);
        Assert.Equal(2.5, body.Value<double>("future_num"));
        Assert.True(body["watermark_info"]!.Value<bool>("enabled"));
    }

    [Fact]
    public async Task MultiImageToImage_FiveSubjects_AreRefusedBeforeSending()
    {
        await AssertUsageErrorAsync(["multi-image2image", "--subject", Frame, "--subject", Frame, "--subject", Frame, "--subject", Frame, "--subject", Frame],
            "subject_image_list");
    }
}
