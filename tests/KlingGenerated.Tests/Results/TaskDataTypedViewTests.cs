namespace KlingGenerated.Tests.Results;

public sealed class TaskDataTypedViewTests
{
    [Theory]
    [InlineData("submitted", KlingTaskStatus.Submitted, false)]
    [InlineData("processing", KlingTaskStatus.Processing, false)]
    [InlineData("succeed", KlingTaskStatus.Succeeded, true)]
    [InlineData("SUCCEED", KlingTaskStatus.Succeeded, true)]
    [InlineData("failed", KlingTaskStatus.Failed, true)]
    [InlineData("queued_for_review", KlingTaskStatus.Unknown, false)]
    [InlineData(null, KlingTaskStatus.Unknown, false)]
    public void Status_MapsKlingSpellings_AndAnythingElseToUnknown(string? wire, KlingTaskStatus expected, bool terminal)
    {
        var task = new TaskData { TaskStatus = wire };

        Assert.Equal(expected, task.Status);
        Assert.Equal(terminal, task.IsTerminal);
    }

    [Fact]
    public void Videos_HaveNumericDurations_AndSkipEntriesWithoutUrl()
    {
        var task = new TaskData
        {
            TaskResult = new TaskResult
            {
                Videos = [new VideoResult { Id = "v1", Url = "https://cdn.example/v1.mp4", Duration = "5.1" }, new VideoResult { Id = "v2" }],
            },
        };

        var video = Assert.Single(task.Videos);
        Assert.Equal(TimeSpan.FromSeconds(5.1), video.Duration);
        Assert.Equal(new Uri("https://cdn.example/v1.mp4"), video.Url);
    }

    [Fact]
    public void Images_AreOrderedByIndex_AndTimesAreMilliseconds()
    {
        var task = new TaskData
        {
            CreatedAt = 1773380633979,
            TaskResult = new TaskResult
            {
                Images = [new ImageResult { Index = 1, Url = "https://cdn.example/1.png" }, new ImageResult { Index = 0, Url = "https://cdn.example/0.png" }],
            },
        };

        Assert.Equal([0, 1], task.Images.Select(i => i.Index));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1773380633979), task.Created);
        Assert.Empty(new TaskData().Videos);
    }
}
