using System.Text;
using KlingGenerated.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace KlingGenerated.Tests.Callbacks;

/// <summary>
/// The sandbox posts a task's notifications to a loopback callback_url, as Kling does, and a receiver built on
/// KlingCallbackReceiver reads (and verifies) them. The receiver is a second WireMock.Net server on loopback.
/// </summary>
public sealed class SandboxCallbackTests : IAsyncLifetime
{
    private const string Secret = "whsec_c2FuZGJveC1zaWduaW5nLXNlY3JldC1mb3ItdGVzdHM=";

    private static readonly KlingWaitOptions Quick = new()
    {
        InitialDelay = TimeSpan.FromMilliseconds(10),
        PollInterval = TimeSpan.FromMilliseconds(10),
        MaxPollInterval = TimeSpan.FromMilliseconds(10),
        BackoffFactor = 1,
        Jitter = 0,
        Timeout = TimeSpan.FromMinutes(1),
    };

    private readonly WireMockServer _receiver = WireMockServer.Start();

    public Task InitializeAsync()
    {
        _receiver.Given(Request.Create().WithPath("/kling/callback").UsingPost()).RespondWith(Response.Create().WithStatusCode(200));
        _receiver.Given(Request.Create().WithPath("/kling/broken").UsingPost()).RespondWith(Response.Create().WithStatusCode(500));
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        _receiver.Stop();
        _receiver.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task CreateAndWait_SignedSandbox_ReceiverGetsEachStatusOnceAndVerifiesIt()
    {
        await using var sandbox = await KlingSandbox.StartAsync(new KlingSandboxOptions { CallbackSigningSecret = Secret });
        var kling = sandbox.CreateClient();

        var task = (await kling.ImageToVideoAsync(WaitUntil.Completed, WithCallback("/kling/callback"), Quick)).Value;
        await kling.GetImageToVideoTaskAsync(task.TaskId!); // one more look at a finished task: no new notification
        var deliveries = await sandbox.GetCallbackDeliveriesAsync();

        Assert.Equal(["submitted", "processing", "succeed"], deliveries.Select(d => d.TaskStatus));
        Assert.All(deliveries, d => Assert.True(d.Delivered && d.Sent && d.StatusCode == 200, d.Error));
        var receiver = new KlingCallbackReceiver(new KlingCallbackOptions { SigningSecret = Secret });
        var notified = _receiver.ReceivedRequests()
            .Select(r => receiver.Read(Encoding.UTF8.GetBytes(r.Body), r.Headers))
            .ToList();
        Assert.Equal(["submitted", "processing", "succeed"], notified.Select(n => n.TaskStatus));
        Assert.All(notified, n => Assert.Equal(task.TaskId, n.TaskId));
        Assert.Equal(task.Videos, notified[^1].Videos);
        Assert.Equal(task.UpdatedAt, notified[^1].UpdatedAt);
        Assert.Empty(notified[0].Videos);
    }

    [Fact]
    public async Task CreateAndWait_UnsignedSandbox_SendsNoSignatureHeaders_AndAFinishedFirstLookStillReportsProcessing()
    {
        await using var sandbox = await KlingSandbox.StartAsync();
        await sandbox.ScriptNextTaskAsync(KlingRoute.ImageToVideo, s => s.FailAfterPolls(1, "The image failed the content safety check."));
        var kling = sandbox.CreateClient();

        await Assert.ThrowsAsync<KlingTaskFailedException>(() => kling.ImageToVideoAsync(WaitUntil.Completed, WithCallback("/kling/callback"), Quick));
        var deliveries = await sandbox.GetCallbackDeliveriesAsync();

        Assert.Equal(["submitted", "processing", "failed"], deliveries.Select(d => d.TaskStatus));
        var received = _receiver.ReceivedRequests();
        Assert.All(received, r => Assert.DoesNotContain(r.Headers.Keys, k => k.StartsWith("webhook-", StringComparison.OrdinalIgnoreCase)));
        var last = new KlingCallbackReceiver().Read(Encoding.UTF8.GetBytes(received[^1].Body), r => null);
        Assert.Equal(KlingTaskStatus.Failed, last.Status);
        Assert.Equal("The image failed the content safety check.", last.TaskStatusMsg);
        var signedReceiver = new KlingCallbackReceiver(new KlingCallbackOptions { SigningSecret = Secret });
        var refused = Assert.Throws<KlingCallbackSignatureException>(() => signedReceiver.Read(Encoding.UTF8.GetBytes(received[^1].Body), received[^1].Headers));
        Assert.Equal(KlingCallbackSignatureFailure.Missing, refused.Failure);
    }

    [Fact]
    public async Task Create_ReceiverFailingOrGone_IsRecorded_AndTheSandboxGoesOn()
    {
        await using var sandbox = await KlingSandbox.StartAsync(new KlingSandboxOptions { PollsToSucceed = 2 });
        var kling = sandbox.CreateClient();
        var closedPort = ClosedLoopbackPort();

        var broken = (await kling.ImageToVideoAsync(WaitUntil.Completed, WithCallback("/kling/broken"), Quick)).Value;
        var gone = (await kling.ImageToVideoAsync(WaitUntil.Completed, WithCallback($"http://127.0.0.1:{closedPort}/kling/callback"), Quick)).Value;
        var deliveries = await sandbox.GetCallbackDeliveriesAsync();

        Assert.Equal(KlingTaskStatus.Succeeded, broken.Status);
        Assert.Equal(KlingTaskStatus.Succeeded, gone.Status);
        Assert.Equal(6, deliveries.Count);
        Assert.All(deliveries.Where(d => d.TaskId == broken.TaskId), d => Assert.Equal((true, 500, "the receiver answered HTTP 500"), (d.Sent, d.StatusCode, d.Error)));
        Assert.All(deliveries.Where(d => d.TaskId == gone.TaskId), d => Assert.True(d.Sent && d.StatusCode is null && !d.Delivered));
    }

    [Theory]
    [InlineData("https://example.com/kling/callback")]
    [InlineData("http://localhost.example.com/kling/callback")]
    [InlineData("http://10.0.0.1/kling/callback")]
    public async Task Create_CallbackUrlNotOnLoopback_IsNeverCalled(string callbackUrl)
    {
        await using var sandbox = await KlingSandbox.StartAsync(new KlingSandboxOptions { PollsToSucceed = 2 });
        var kling = sandbox.CreateClient();

        var task = (await kling.ImageToVideoAsync(WaitUntil.Completed, WithCallback(callbackUrl), Quick)).Value;
        var deliveries = await sandbox.GetCallbackDeliveriesAsync();

        Assert.Equal(["submitted", "processing", "succeed"], deliveries.Select(d => d.TaskStatus));
        Assert.All(deliveries, d => Assert.Equal((task.TaskId, false, new Uri(callbackUrl)), (d.TaskId, d.Sent, d.Url)));
        Assert.Empty(_receiver.ReceivedRequests());
    }

    [Fact]
    public async Task Create_WithoutCallbackUrl_SendsNothing()
    {
        await using var sandbox = await KlingSandbox.StartAsync(new KlingSandboxOptions { PollsToSucceed = 2 });

        await sandbox.CreateClient().ImageToVideoAsync(WaitUntil.Completed, new ImageToVideoRequest { Image = KlingImage.FromUrl("https://example.com/cat.png") }, Quick);

        Assert.Empty(await sandbox.GetCallbackDeliveriesAsync());
    }

    private ImageToVideoRequest WithCallback(string callback) => new()
    {
        Image = KlingImage.FromUrl("https://example.com/cat.png"),
        Prompt = "The cat turns its head and blinks.",
        CallbackUrl = callback.StartsWith('/') ? _receiver.Url + callback : callback,
    };

    private static int ClosedLoopbackPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
