using Newtonsoft.Json.Linq;

namespace KlingGenerated.Tests.Contract;

[Collection(WireMockCollection.Name)]
public sealed class ImageToVideoContractTests(WireMockFixture fixture) : ContractTestBase(fixture)
{
    [Fact]
    public async Task GetImageToVideoTask_RequestsTheTaskPath_AndReadsVideoResult()
    {
        var response = await Client.GetImageToVideoTaskAsync(TaskId);

        var sent = await SingleRequestAsync("GET", $"/kling/v1/videos/image2video/{TaskId}");
        Assert.Empty(sent.Body);
        var data = response.Data!;
        Assert.Equal("succeed", data.TaskStatus);
        Assert.Equal("order-1234-video-1", data.TaskInfo!.ExternalTaskId);
        var video = Assert.Single(data.TaskResult!.Videos!);
        Assert.Equal("https://cdn.klingai.com/videos/861309198188019719.mp4", video.Url);
        Assert.Equal("5.1", video.Duration);
        Assert.Equal("1", data.FinalUnitDeduction);
        Assert.False(data.WatermarkInfo!.Enabled!.Value);
    }

    [Fact]
    public async Task ListImageToVideoTasks_SendsPageQuery_AndReadsArray()
    {
        var response = await Client.ListImageToVideoTasksAsync(pageNum: 2, pageSize: 50);

        var sent = await SingleRequestAsync("GET", "/kling/v1/videos/image2video");
        Assert.Equal("/kling/v1/videos/image2video?pageNum=2&pageSize=50", sent.Url);
        var task = Assert.Single(response.Data!);
        Assert.Equal("processing", task!.TaskStatus);
    }

    [Fact]
    public async Task CreateImageToVideoTask_PromptsOf2500Characters_ReachTheServer()
    {
        var prompt = new string('p', 2500);
        var negative = new string('n', 2500);

        await Client.CreateImageToVideoTaskAsync(new ImageToVideoRequest { Image = KlingImage.FromUrl("https://example.com/cat.png"), Prompt = prompt, NegativePrompt = negative });

        var body = JObject.Parse((await SingleRequestAsync("POST", "/kling/v1/videos/image2video")).Body);
        Assert.Equal(prompt, body.Value<string>("prompt"));
        Assert.Equal(negative, body.Value<string>("negative_prompt"));
    }

    [Fact]
    public async Task CreateImageToVideoTask_TailFrameWithFifteenSeconds_ReachesTheServer()
    {
        await Client.CreateImageToVideoTaskAsync(new ImageToVideoRequest
        {
            ModelName = "kling-v3",
            Image = KlingImage.FromUrl("https://example.com/first.png"),
            ImageTail = KlingImage.FromUrl("https://example.com/last.png"),
            Mode = GenerationMode.Professional,
            Duration = VideoDuration.Fifteen,
        });

        var body = JObject.Parse((await SingleRequestAsync("POST", "/kling/v1/videos/image2video")).Body);
        Assert.Equal("15", body.Value<string>("duration"));
        Assert.Equal("https://example.com/last.png", body.Value<string>("image_tail"));
    }

    [Fact]
    public async Task CreateImageToVideoTask_TailFrameAlone_IsSentWithoutImage()
    {
        await Client.CreateImageToVideoTaskAsync(new ImageToVideoRequest
        {
            // kling-v1-6 is one of the models the capability map gives an end frame alone (pro, 5 or 10 s).
            ModelName = "kling-v1-6",
            ImageTail = KlingImage.FromUrl("https://example.com/last.png"),
            Mode = GenerationMode.Professional,
            Duration = VideoDuration.Ten,
        });

        var body = JObject.Parse((await SingleRequestAsync("POST", "/kling/v1/videos/image2video")).Body);
        Assert.Null(body["image"]);
        Assert.Equal("https://example.com/last.png", body.Value<string>("image_tail"));
        Assert.Equal("10", body.Value<string>("duration"));
    }

    [Fact]
    public async Task CreateImageToVideoTask_SoundVoicesAndMultiPrompt_ReachTheServerAsTheirWireFields()
    {
        await Client.CreateImageToVideoTaskAsync(new ImageToVideoRequest
        {
            ModelName = "kling-v2-6",
            Image = KlingImage.FromUrl("https://example.com/first.png"),
            Mode = GenerationMode.Professional,
            Duration = VideoDuration.Ten,
            Sound = VideoSound.On,
            VoiceList = [new VoiceReference { VoiceId = "voice-narrator" }, new VoiceReference { VoiceId = "voice-cat" }],
            MultiShot = true,
            ShotType = ShotType.Customize,
            MultiPrompt =
            [
                new ShotPrompt { Index = 1, Prompt = "The cat turns its head.", Duration = "4" },
                new ShotPrompt { Index = 2, Prompt = "The cat blinks.", Duration = "6" },
            ],
        });

        var body = JObject.Parse((await SingleRequestAsync("POST", "/kling/v1/videos/image2video")).Body);
        Assert.Equal("on", body.Value<string>("sound"));
        Assert.True(JToken.DeepEquals(JArray.Parse("""[{"voice_id":"voice-narrator"},{"voice_id":"voice-cat"}]"""), body["voice_list"]), body.ToString());
        Assert.True(body.Value<bool>("multi_shot"));
        Assert.Equal("customize", body.Value<string>("shot_type"));
        var expectedShots = JArray.Parse("""
            [
              {"index":1,"prompt":"The cat turns its head.","duration":"4"},
              {"index":2,"prompt":"The cat blinks.","duration":"6"}
            ]
            """);
        Assert.True(JToken.DeepEquals(expectedShots, body["multi_prompt"]), body.ToString());
        Assert.Null(body["element_list"]);
    }

    [Fact]
    public async Task GetImageToVideoTask_EscapesTheIdInThePath()
    {
        await Client.GetImageToVideoTaskAsync("order 12/a");

        var sent = Assert.Single(Fixture.Server.ReceivedRequests());
        Assert.Equal("/kling/v1/videos/image2video/order%2012%2Fa", sent.Url);
    }
}
