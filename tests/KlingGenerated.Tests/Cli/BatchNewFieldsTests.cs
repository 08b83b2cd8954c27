using KlingGenerated.Cli.Batch;
using KlingGenerated.Testing;
using KlingGenerated.Tests.Sandbox;
using Newtonsoft.Json.Linq;

namespace KlingGenerated.Tests.Cli;

/// <summary>Batch jobs with image to video's newer fields and fields the client does not know, as the sandbox receives them.</summary>
[Collection(SandboxCollection.Name)]
public sealed class BatchNewFieldsTests(SandboxFixture fixture) : CliTestBase(fixture)
{
    // Compared as written, so 5 and "5" differ and key order does not matter once parsed the same way.
    private static void AssertJson(string expected, JToken? actual) =>
        Assert.Equal(JToken.Parse(expected).ToString(Newtonsoft.Json.Formatting.None), actual?.ToString(Newtonsoft.Json.Formatting.None));

    private string WriteJobs(params string[] lines)
    {
        var path = Path.Combine(Cli.Folder, "jobs.jsonl");
        File.Copy(CliRun.Sample("day.png"), Path.Combine(Cli.Folder, "day.png"), overwrite: true);
        File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public async Task Batch_NewFieldsAndAnUnknownField_ReachTheWire()
    {
        var jobs = WriteJobs(
            """{"route":"image2video","image":"day.png","sound":"on","voice_list":[{"voice_id":"v1"}],"multi_shot":true,"shot_type":"customize","multi_prompt":[{"index":1,"prompt":"a","duration":"2"},{"index":2,"prompt":"b","duration":"3"}],"watermark_info":{"enabled":true},"future_field":{"x":[1,"y"]}}""");

        var code = await Cli.RunAsync(Remote("batch", jobs, "--out-dir", "out"));

        Assert.True(code == 0, Cli.Error);
        var body = Assert.Single(await Sandbox.GetCreatesAsync(KlingRoute.ImageToVideo)).Body;
        Assert.Equal(Convert.ToBase64String(File.ReadAllBytes(CliRun.Sample("day.png"))), body.Value<string>("image"));
        Assert.Equal("on", body.Value<string>("sound"));
        Assert.Equal("v1", body["voice_list"]![0]!.Value<string>("voice_id"));
        Assert.True(body.Value<bool>("multi_shot"));
        Assert.Equal("customize", body.Value<string>("shot_type"));
        AssertJson("""[{"index":1,"prompt":"a","duration":"2"},{"index":2,"prompt":"b","duration":"3"}]""", body["multi_prompt"]);
        Assert.True(body["watermark_info"]!.Value<bool>("enabled"));
        AssertJson("""{"x":[1,"y"]}""", body["future_field"]);
    }

    [Fact]
    public async Task Batch_ElementsAndAnUnknownFieldOnMultiImageToImage_ReachTheWire()
    {
        var jobs = WriteJobs(
            """{"route":"image2video","image":"https://example.com/a.png","element_list":[{"element_id":123}]}""",
            """{"route":"multi-image2image","subject_image_list":[{"subject_image":"day.png"}],"future_field":"on"}""");

        var code = await Cli.RunAsync(Remote("batch", jobs, "--out-dir", "out"));

        Assert.True(code == 0, Cli.Error);
        Assert.Equal(123L, Assert.Single(await Sandbox.GetCreatesAsync(KlingRoute.ImageToVideo)).Body["element_list"]![0]!.Value<long>("element_id"));
        var images = Assert.Single(await Sandbox.GetCreatesAsync(KlingRoute.MultiImageToImage)).Body;
        Assert.Single(images["subject_image_list"]!);
        Assert.Equal("on", images.Value<string>("future_field"));
    }

    [Fact]
    public async Task Batch_UnknownFieldInANestedObject_IsStillAnInvalidJob()
    {
        var jobs = WriteJobs("""{"route":"image2video","image":"https://example.com/a.png","watermark_info":{"enabled":true},"multi_prompt":[{"index":1,"prompt":"a","duration":"2","typo":1}]}""");

        var code = await Cli.RunAsync(Remote("batch", jobs, "--out-dir", "out"));

        Assert.Equal(2, code);
        Assert.Contains("typo", Cli.Error, StringComparison.Ordinal);
        Assert.Empty(await Sandbox.GetCreatesAsync());
    }

    [Fact]
    public void JobKey_JobsDifferingOnlyBySoundOrShots_AreDifferentJobs()
    {
        var silent = BatchJobLine.Read(1, """{"route":"image2video","image":"a.png","sound":"off"}""");
        var loud = BatchJobLine.Read(2, """{"route":"image2video","image":"a.png","sound":"on"}""");
        var oneShot = BatchJobLine.Read(3, """{"route":"image2video","image":"a.png","multi_prompt":[{"index":1,"prompt":"a","duration":"5"}]}""");
        var otherShot = BatchJobLine.Read(4, """{"route":"image2video","image":"a.png","multi_prompt":[{"index":1,"prompt":"b","duration":"5"}]}""");
        var unknown = BatchJobLine.Read(5, """{"route":"image2video","image":"a.png","future_field":1}""");
        var plain = BatchJobLine.Read(6, """{"route":"image2video","image":"a.png"}""");

        Assert.Equal(6, new[] { silent, loud, oneShot, otherShot, unknown, plain }.Select(l => l.Key).Distinct().Count());
    }
}
