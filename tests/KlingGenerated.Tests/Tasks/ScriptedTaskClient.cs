namespace KlingGenerated.Tests.Tasks;

/// <summary>
/// An <see cref="IKlingClient"/> without HTTP whose task succeeds once the clock reaches a given
/// time; it counts the queries. For checks of the polling schedule over thousands of simulated seconds.
/// </summary>
internal sealed class ScriptedTaskClient(TimeProvider clock, TimeSpan finishesAfter) : IKlingClient
{
    private readonly DateTimeOffset _start = clock.GetUtcNow();

    public int Gets { get; private set; }

    /// <summary>How long after the start the query that saw the task finished was sent.</summary>
    public TimeSpan? SeenFinishedAt { get; private set; }

    public Task<TaskResponse> GetImageToVideoTaskAsync(string taskId, CancellationToken cancellationToken = default)
    {
        Gets++;
        var now = clock.GetUtcNow() - _start;
        var done = now >= finishesAfter;
        SeenFinishedAt ??= done ? now : null;
        var data = new TaskData
        {
            TaskId = taskId,
            TaskStatus = done ? "succeed" : "processing",
            TaskResult = done ? new TaskResult { Videos = [new VideoResult { Url = "https://cdn.example/v.mp4" }] } : null,
        };
        return Task.FromResult(new TaskResponse { Code = 0, Data = data });
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
