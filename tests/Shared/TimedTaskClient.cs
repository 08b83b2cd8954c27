namespace KlingGenerated.TestSupport;

/// <summary>
/// An <see cref="IKlingClient"/> without HTTP whose one task succeeds once its clock has moved
/// <c>finishesAfter</c> past the client's creation; it counts the queries. The polling tests and the
/// polling benchmark check the wait schedule against it over thousands of simulated seconds.
/// </summary>
internal sealed class TimedTaskClient(TimeProvider clock, TimeSpan finishesAfter) : IKlingClient
{
    // Built once, so the benchmark's allocation columns show the polling code, not this stand-in.
    private static readonly TaskResponse Running = new() { Code = 0, Data = new TaskData { TaskId = "t", TaskStatus = "processing" } };

    private static readonly TaskResponse Done = new()
    {
        Code = 0,
        Data = new TaskData { TaskId = "t", TaskStatus = "succeed", TaskResult = new TaskResult { Videos = [new VideoResult { Url = "https://cdn.example/v.mp4" }] } },
    };

    private readonly DateTimeOffset _start = clock.GetUtcNow();

    public int Gets { get; private set; }

    /// <summary>How long after the start the query that saw the task finished was sent.</summary>
    public TimeSpan? SeenFinishedAt { get; private set; }

    public Task<TaskResponse> GetImageToVideoTaskAsync(string taskId, CancellationToken cancellationToken = default)
    {
        Gets++;
        var now = clock.GetUtcNow() - _start;
        if (now < finishesAfter)
        {
            return Task.FromResult(Running);
        }

        SeenFinishedAt ??= now;
        return Task.FromResult(Done);
    }

    public Task<TaskResponse> CreateImageToVideoTaskAsync(ImageToVideoRequest body, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<TaskListResponse> ListImageToVideoTasksAsync(int? pageNum = null, int? pageSize = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<TaskResponse> CreateMultiImageToVideoTaskAsync(MultiImageToVideoRequest body, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<TaskListResponse> ListMultiImageToVideoTasksAsync(int? pageNum = null, int? pageSize = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<TaskResponse> GetMultiImageToVideoTaskAsync(string taskId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<TaskResponse> CreateImageGenerationTaskAsync(ImageGenerationRequest body, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<TaskListResponse> ListImageGenerationTasksAsync(int? pageNum = null, int? pageSize = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<TaskResponse> GetImageGenerationTaskAsync(string taskId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<TaskResponse> CreateMultiImageToImageTaskAsync(MultiImageToImageRequest body, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<TaskListResponse> ListMultiImageToImageTasksAsync(int? pageNum = null, int? pageSize = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<TaskResponse> GetMultiImageToImageTaskAsync(string taskId, CancellationToken cancellationToken = default) => throw new NotSupportedException();
}
