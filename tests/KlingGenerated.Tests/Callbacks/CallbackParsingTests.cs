using System.Text;
using Newtonsoft.Json;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace KlingGenerated.Tests.Callbacks;

/// <summary>A notification's body reads into the same TaskData a query returns, with the same tolerance; a body that is not a task is a typed error.</summary>
[Collection(WireMockCollection.Name)]
public sealed class CallbackParsingTests(WireMockFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(CallbackBodies.Videos)]
    [InlineData(CallbackBodies.Images)]
    [InlineData(CallbackBodies.ParentVideoAndBalance)]
    [InlineData("""{"task_id":"861309198188019722","task_status":"submitted","task_result":[]}""")]
    [InlineData("""{"task_id":"861309198188019722","task_status":"submitted","task_result":null}""")]
    public async Task Parse_ReadsTheSameTaskAsAQueryAnsweringThatBody(string body)
    {
        var taskId = JsonConvert.DeserializeObject<TaskData>(body)!.TaskId!;
        fixture.Server.Given(Request.Create().WithPath("/kling/v1/videos/image2video/" + taskId).UsingGet())
            .AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody($$"""{"code":0,"message":"SUCCEED","request_id":"r-1","data":{{body}}}"""));
        var queried = (await fixture.CreateClient().GetImageToVideoTaskAsync(taskId)).Data!;

        var notified = KlingCallback.Parse(Encoding.UTF8.GetBytes(body));

        Assert.Equal(JsonConvert.SerializeObject(queried), JsonConvert.SerializeObject(notified));
        Assert.Equal(queried.Videos, notified.Videos);
        Assert.Equal(queried.Images, notified.Images);
        Assert.Equal(taskId, notified.TaskId);
    }

    [Fact]
    public void Parse_LegacyVideoPayload_ReadsEveryField()
    {
        var task = KlingCallback.Parse(CallbackBodies.Videos);

        Assert.Equal("861309198188019719", task.TaskId);
        Assert.Equal(KlingTaskStatus.Succeeded, task.Status);
        Assert.Equal("5", task.FinalUnitDeduction);
        Assert.Equal("order-7", task.TaskInfo!.ExternalTaskId);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1722769600412), task.Updated);
        var video = Assert.Single(task.Videos);
        Assert.Equal(new KlingVideo("vid-1", new Uri("https://cdn.example.com/v/1.mp4"), TimeSpan.FromSeconds(5.1), null), video);
    }

    [Fact]
    public void Parse_ImagePayload_ReadsTheImagesInIndexOrder()
    {
        var task = KlingCallback.Parse(CallbackBodies.Images);

        Assert.Equal([0, 1], task.Images.Select(i => i.Index));
        Assert.Equal("https://cdn.example.com/i/0.png", task.Images[0].Url.ToString());
        Assert.Empty(task.Videos);
    }

    [Fact]
    public void Parse_ParentVideoAndBalanceDeduction_AreTyped()
    {
        var task = KlingCallback.Parse(CallbackBodies.ParentVideoAndBalance);

        Assert.Equal(KlingTaskStatus.Processing, task.Status);
        Assert.Equal("1.5", task.FinalBalanceDeduction!.Quota);
        Assert.Equal("2.0", task.FinalBalanceDeduction.ListPrice);
        Assert.Equal("parent-1", task.TaskInfo!.ParentVideo!.Id);
        Assert.Equal("https://cdn.example.com/v/parent.mp4", task.TaskInfo.ParentVideo.Url);
        Assert.Equal("10", task.TaskInfo.ParentVideo.Duration);
        Assert.Equal("order-8", task.TaskInfo.ExternalTaskId);
        Assert.Empty(task.TaskInfo.AdditionalProperties);
        Assert.Empty(task.AdditionalProperties);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("\"x\"")]
    public void Parse_TaskResultOfAnyShape_ReadsAsNoResult(string taskResult)
    {
        var task = KlingCallback.Parse(CallbackBodies.WithTaskResult(taskResult));

        Assert.Equal(KlingTaskStatus.Submitted, task.Status);
        Assert.Empty(task.Videos);
        Assert.Empty(task.Images);
    }

    [Theory]
    [InlineData("", "not a JSON object")]
    [InlineData("[]", "not a JSON object")]
    [InlineData("null", "not a JSON object")]
    [InlineData("{\"task_id\":", "not a readable task")]
    [InlineData("{\"task_id\":\"1\",\"created_at\":\"https://secret.example.com/signed?sig=abc\"}", "not a readable task")]
    [InlineData("{\"task_status\":\"succeed\"}", "no task_id")]
    [InlineData("{\"task_id\":\"1\"} {\"task_id\":\"2\"}", "not a readable task")]
    public void Parse_BodyThatIsNotATask_IsACallbackExceptionThatQuotesNoValue(string body, string expected)
    {
        var exception = Assert.Throws<KlingCallbackException>(() => KlingCallback.Parse(body));

        Assert.Contains(expected, exception.Message);
        Assert.DoesNotContain("secret.example.com", exception.Message);
    }

    [Fact]
    public void Read_BodyOverTheLimit_IsRefusedBeforeParsing()
    {
        var receiver = new KlingCallbackReceiver(new KlingCallbackOptions { MaxBodyBytes = 64 });
        var body = Encoding.UTF8.GetBytes(CallbackBodies.Videos);

        var exception = Assert.Throws<KlingCallbackException>(() => receiver.Read(body, _ => null));

        Assert.Contains("larger than the limit of 64 bytes", exception.Message);
    }

    [Fact]
    public async Task ReadAsync_StreamOverTheLimit_StopsReadingAtTheLimit()
    {
        var receiver = new KlingCallbackReceiver(new KlingCallbackOptions { MaxBodyBytes = 64 });
        using var stream = new NonSeekableStream(Encoding.UTF8.GetBytes(CallbackBodies.Videos));

        await Assert.ThrowsAsync<KlingCallbackException>(() => receiver.ReadAsync(stream, _ => null));

        Assert.True(stream.BytesRead <= 64 + (16 * 1024));
    }

    [Fact]
    public async Task ReadAsync_UnsignedWithoutSecret_ReadsTheTask()
    {
        var receiver = new KlingCallbackReceiver();
        using var body = new MemoryStream(Encoding.UTF8.GetBytes(CallbackBodies.Videos));

        var task = await receiver.ReadAsync(body, _ => null);

        Assert.Equal("861309198188019719", task.TaskId);
        Assert.False(receiver.VerifiesSignatures);
    }

    private sealed class NonSeekableStream(byte[] content) : MemoryStream(content)
    {
        public long BytesRead { get; private set; }

        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await base.ReadAsync(buffer, cancellationToken);
            BytesRead += read;
            return read;
        }
    }
}
