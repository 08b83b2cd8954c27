using System.Diagnostics;
using KlingGenerated.Testing;
using WireMock.ResponseBuilders;

namespace KlingGenerated.Tests.Downloads;

/// <summary>
/// Downloads from a hostile result host end: a body over MaxBytes is refused (declared) or stopped
/// (growing), and a host that stalls or drips is given up per attempt after StallTimeout, on the real
/// clock with limits of a few hundred milliseconds. Nothing is ever left under the target name.
/// </summary>
[Collection(WireMockCollection.Name)]
public sealed class BoundedDownloadTests(WireMockFixture fixture) : DownloadTestBase(fixture)
{
    private static readonly TimeSpan ShortStall = TimeSpan.FromMilliseconds(300);

    // Only a safety net, so a download that never ends fails the test instead of hanging it.
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(20);

    /// <summary>On the system clock, so the stall timer runs.</summary>
    private static KlingResultDownloader RealTimeDownloader => new(new HttpClient());

    [Fact]
    public async Task DownloadToFileAsync_DeclaredLengthOverMaxBytes_RefusedBeforeReadingAndNotRetried()
    {
        Stub("/cdn/huge.mp4", Response.Create().WithStatusCode(200).WithBody(Content).WithBodyFault(KlingBodyFault.DeclaredLength(5_000_000_000)));
        var target = Path.Combine(Folder, "huge.mp4");

        var tooLarge = await Assert.ThrowsAsync<KlingDownloadTooLargeException>(
            () => Downloader.DownloadToFileAsync(Url("/cdn/huge.mp4"), target, options: NoPause()));

        Assert.Equal((5_000_000_000L, 0L, KlingDownloadOptions.DefaultMaxBytes), (tooLarge.TotalBytes, tooLarge.BytesReceived, tooLarge.MaxBytes));
        Assert.Contains("5000000000 bytes", tooLarge.Message);
        Assert.Contains("MaxBytes", tooLarge.Message);
        Assert.Single(Server.ReceivedRequests());
        Assert.Empty(FolderEntries());
    }

    [Fact]
    public async Task DownloadToFileAsync_EndlessBody_StoppedAtMaxBytes()
    {
        Stub("/cdn/endless.mp4", Response.Create().WithStatusCode(200).WithBody(Content).WithBodyFault(KlingBodyFault.Endless()));
        var options = NoPause();
        options.MaxBytes = 1024 * 1024;

        var tooLarge = await Assert.ThrowsAsync<KlingDownloadTooLargeException>(
            () => Downloader.DownloadToFileAsync(Url("/cdn/endless.mp4"), Path.Combine(Folder, "endless.mp4"), options: options).WaitAsync(Hang));

        Assert.Null(tooLarge.TotalBytes);
        Assert.InRange(tooLarge.BytesReceived, 1, options.MaxBytes);
        Assert.Contains("grew past", tooLarge.Message);
        Assert.Single(Server.ReceivedRequests());
        Assert.Empty(FolderEntries());
    }

    [Fact]
    public async Task DownloadToStreamAsync_EndlessBody_WritesNoMoreThanMaxBytes()
    {
        Stub("/cdn/endless.bin", Response.Create().WithStatusCode(200).WithBody(Content).WithBodyFault(KlingBodyFault.Endless()));
        using var destination = new MemoryStream();
        var options = NoPause();
        options.MaxBytes = 300_000;

        await Assert.ThrowsAsync<KlingDownloadTooLargeException>(
            () => Downloader.DownloadToStreamAsync(Url("/cdn/endless.bin"), destination, options).WaitAsync(Hang));

        Assert.InRange(destination.Length, 1, options.MaxBytes);
    }

    [Fact]
    public async Task DownloadToFileAsync_StallMidBody_ResumesAfterStallTimeout()
    {
        const string scenario = "stall";
        Stub("/cdn/s.mp4", Whole(fault: KlingBodyFault.StallAfter(400)), scenario, Started, "stalled");
        Stub("/cdn/s.mp4", Rest(400), scenario, "stalled");
        var target = Path.Combine(Folder, "s.mp4");
        var options = NoPause();
        options.StallTimeout = ShortStall;

        var saved = await RealTimeDownloader.DownloadToFileAsync(Url("/cdn/s.mp4"), target, options: options).WaitAsync(Hang);

        Assert.Equal(Content, await File.ReadAllBytesAsync(saved.Path));
        var requests = Server.ReceivedRequests();
        Assert.Equal(2, requests.Count);
        Assert.Equal("bytes=400-", requests[1].Header("Range"));
        Assert.Equal(["s.mp4"], FolderEntries());
    }

    [Fact]
    public async Task DownloadToFileAsync_HeadersNeverCome_GivesUpAfterStallTimeoutPerAttempt()
    {
        Stub("/cdn/silent.mp4", Whole().WithDelay(TimeSpan.FromSeconds(30)));
        var options = NoPause(attempts: 2);
        options.StallTimeout = ShortStall;
        var clock = Stopwatch.StartNew();

        var failed = await Assert.ThrowsAsync<KlingDownloadException>(
            () => RealTimeDownloader.DownloadToFileAsync(Url("/cdn/silent.mp4"), Path.Combine(Folder, "silent.mp4"), options: options).WaitAsync(Hang));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"Gave up after {clock.Elapsed}.");
        Assert.IsType<TimeoutException>(failed.InnerException);
        Assert.Contains("No progress", failed.Message);
        // WireMock logs a delayed request only once it answers; the message counts the attempts.
        Assert.Contains("in 2 attempts", failed.Message);
        Assert.Empty(FolderEntries());
    }

    [Fact]
    public async Task DownloadToFileAsync_EndlessDripOfOneByte_Ends()
    {
        // A byte every 50 ms, without end: never silent for long, never any real progress.
        Stub("/cdn/drip.mp4", Response.Create().WithStatusCode(200).WithBody(Content[..1])
            .WithBodyFault(KlingBodyFault.Drip(1, TimeSpan.FromMilliseconds(50)) with { IsEndless = true, Filler = new byte[] { 0x20 } }));
        var options = NoPause(attempts: 2);
        options.StallTimeout = ShortStall;
        var clock = Stopwatch.StartNew();

        var failed = await Assert.ThrowsAsync<KlingDownloadException>(
            () => RealTimeDownloader.DownloadToFileAsync(Url("/cdn/drip.mp4"), Path.Combine(Folder, "drip.mp4"), options: options).WaitAsync(Hang));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"Gave up after {clock.Elapsed}.");
        Assert.IsType<TimeoutException>(failed.InnerException);
        Assert.InRange(failed.BytesReceived, 1, KlingDownloadOptions.StallProgressBytes);
        Assert.Empty(FolderEntries());
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-5, 1)]
    [InlineData(1000, 0)]
    [InlineData(1000, -1)]
    public async Task DownloadToFileAsync_InvalidLimits_RefusedBeforeAnyRequest(int stallMilliseconds, long maxBytes)
    {
        var options = NoPause();
        options.StallTimeout = TimeSpan.FromMilliseconds(stallMilliseconds);
        options.MaxBytes = maxBytes;

        var invalid = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => Downloader.DownloadToFileAsync(Url("/cdn/v.mp4"), Path.Combine(Folder, "v.mp4"), options: options));

        Assert.Equal(maxBytes < 1 ? nameof(KlingDownloadOptions.MaxBytes) : nameof(KlingDownloadOptions.StallTimeout), invalid.ParamName);
        Assert.Empty(Server.ReceivedRequests());
    }

    [Fact]
    public void KlingDownloadOptions_Defaults_AreBounded()
    {
        var options = new KlingDownloadOptions();

        Assert.Equal(TimeSpan.FromSeconds(30), options.StallTimeout);
        Assert.Equal(2L * 1024 * 1024 * 1024, options.MaxBytes);
    }
}
