namespace KlingGenerated.Benchmarks.Polling;

/// <summary>An <see cref="IKlingClient"/> without HTTP: its one task succeeds once the simulated clock reaches T.</summary>
internal sealed class SimulatedTaskClient(SimulatedClock clock, TimeSpan finishesAfter) : IKlingClient
{
    private static readonly TaskResponse Running = new() { Code = 0, Data = new TaskData { TaskId = "t", TaskStatus = "processing" } };

    private static readonly TaskResponse Done = new()
    {
        Code = 0,
        Data = new TaskData { TaskId = "t", TaskStatus = "succeed", TaskResult = new TaskResult { Videos = [new VideoResult { Url = "https://cdn.example/v.mp4" }] } },
    };

    public int Gets { get; private set; }

    public TimeSpan? SeenFinishedAt { get; private set; }

    public Task<TaskResponse> GetImageToVideoTaskAsync(string taskId, CancellationToken cancellationToken = default)
    {
        Gets++;
        if (clock.Now < finishesAfter)
        {
            return Task.FromResult(Running);
        }

        SeenFinishedAt ??= clock.Now;
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
