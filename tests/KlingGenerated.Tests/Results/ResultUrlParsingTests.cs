namespace KlingGenerated.Tests.Results;

/// <summary>A server's malformed URLs never make the typed views throw.</summary>
public sealed class ResultUrlParsingTests
{
    private const string Malformed = "http://[not a host/x";

    [Fact]
    public void Videos_MalformedWatermarkUrl_KeepsTheVideo_WithoutAWatermark()
    {
        var task = new TaskData { TaskResult = new TaskResult { Videos = [new VideoResult { Url = "https://cdn.example/v.mp4", WatermarkUrl = Malformed }] } };

        var video = Assert.Single(task.Videos);

        Assert.Equal(new Uri("https://cdn.example/v.mp4"), video.Url);
        Assert.Null(video.WatermarkUrl);
    }

    [Fact]
    public void Images_MalformedUrls_AreLeftOut_AndMalformedWatermarksDropped()
    {
        var task = new TaskData
        {
            TaskResult = new TaskResult
            {
                Images =
                [
                    new ImageResult { Index = 0, Url = Malformed },
                    new ImageResult { Index = 1, Url = "https://cdn.example/1.png", WatermarkUrl = "not/absolute" },
                ],
            },
        };

        var image = Assert.Single(task.Images);

        Assert.Equal(1, image.Index);
        Assert.Null(image.WatermarkUrl);
    }
}
