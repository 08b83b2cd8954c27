namespace KlingGenerated.TestSupport;

/// <summary>
/// A <see cref="KlingClient"/> without HTTP (built with the constructor kept for mocks) whose one task succeeds once its clock has moved
/// <c>finishesAfter</c> past the client's creation; it counts the queries. The polling tests and the
/// polling benchmark check the wait schedule against it over thousands of simulated seconds.
/// </summary>
internal sealed class TimedTaskClient : KlingClient
{
    // Built once, so the benchmark's allocation columns show the polling code, not this stand-in.
    private static readonly TaskResponse Running = new() { Code = 0, Data = new TaskData { TaskId = "t", TaskStatus = "processing" } };

    private static readonly TaskResponse Done = new()
    {
        Code = 0,
        Data = new TaskData { TaskId = "t", TaskStatus = "succeed", TaskResult = new TaskResult { Videos = [new VideoResult { Url = "https://cdn.example/v.mp4" }] } },
    };

    private readonly TimeSpan _finishesAfter;
    private readonly DateTimeOffset _start;

    public TimedTaskClient(TimeProvider clock, TimeSpan finishesAfter)
    {
        TimeProvider = clock;
        _finishesAfter = finishesAfter;
        _start = clock.GetUtcNow();
    }

    public int Gets { get; private set; }

    /// <summary>How long after the start the query that saw the task finished was sent.</summary>
    public TimeSpan? SeenFinishedAt { get; private set; }

    public override Task<TaskResponse> GetImageToVideoTaskAsync(string taskId, CancellationToken cancellationToken = default)
    {
        Gets++;
        var now = TimeProvider.GetUtcNow() - _start;
        if (now < _finishesAfter)
        {
            return Task.FromResult(Running);
        }

        SeenFinishedAt ??= now;
        return Task.FromResult(Done);
    }
}
