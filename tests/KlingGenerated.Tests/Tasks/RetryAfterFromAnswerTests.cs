namespace KlingGenerated.Tests.Tasks;

/// <summary>A wait takes the server's Retry-After from what the query returned, so a client that overrides the query drives it too.</summary>
public sealed class RetryAfterFromAnswerTests
{
    [Fact]
    public async Task Wait_RetryAfterOnTheReturnedAnswer_DelaysTheNextQuery()
    {
        var clock = new DrivenClock();
        var client = new AnsweringClient(clock);
        var operation = client.GetTaskOperation(KlingRoute.ImageToVideo, "t");
        var options = new KlingWaitOptions
        {
            InitialDelay = TimeSpan.FromSeconds(2),
            PollInterval = TimeSpan.FromSeconds(1),
            MaxPollInterval = TimeSpan.FromSeconds(1),
            BackoffFactor = 1,
            Jitter = 0,
            Timeout = TimeSpan.FromMinutes(10),
        };

        await ClockDriver.RunAsync(clock, () => operation.WaitForCompletionAsync(options, null));

        // Without the answer's 20 s the second query would come 1 s after the first, at 3 s.
        Assert.Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(22)], client.Queries);
    }

    [Fact]
    public async Task GetTask_RetryAfterHeader_IsOnTheReturnedAnswer()
    {
        using var handler = new OneAnswerHandler();
        using var http = new HttpClient(handler) { BaseAddress = new Uri("https://kling.example/") };
        var client = new KlingClient(http);

        var answer = await client.GetImageToVideoTaskAsync("t");

        Assert.Equal(TimeSpan.FromSeconds(9), answer.RetryAfter);
    }

    private sealed class AnsweringClient : KlingClient
    {
        private readonly DateTimeOffset _start;

        public AnsweringClient(TimeProvider clock)
        {
            TimeProvider = clock;
            _start = clock.GetUtcNow();
        }

        public List<TimeSpan> Queries { get; } = [];

        public override Task<TaskResponse> GetImageToVideoTaskAsync(string taskId, CancellationToken cancellationToken = default)
        {
            Queries.Add(TimeProvider.GetUtcNow() - _start);
            return Task.FromResult(Queries.Count == 1
                ? new TaskResponse { Code = 0, Data = new TaskData { TaskId = taskId, TaskStatus = "processing" }, RetryAfter = TimeSpan.FromSeconds(20) }
                : new TaskResponse
                {
                    Code = 0,
                    Data = new TaskData { TaskId = taskId, TaskStatus = "succeed", TaskResult = new TaskResult { Videos = [new VideoResult { Url = "https://cdn.example/v.mp4" }] } },
                });
        }
    }

    private sealed class OneAnswerHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = new HttpResponseMessage(System.Net.HttpStatusCode.OK)
            {
                Content = new StringContent("""{"code":0,"message":"SUCCEED","data":{"task_id":"t","task_status":"processing"}}""", System.Text.Encoding.UTF8, "application/json"),
                RequestMessage = request,
            };
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(9));
            return Task.FromResult(response);
        }
    }
}
