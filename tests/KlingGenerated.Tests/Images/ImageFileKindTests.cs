using System.Diagnostics;
using System.Net.Sockets;

namespace KlingGenerated.Tests.Images;

/// <summary>
/// An image path that is not a regular file is refused by what it is, before anything opens it: a FIFO
/// would block the open forever, a device would never end. Each call runs under a guard, so a path that
/// blocks fails the test instead of hanging it.
/// </summary>
public sealed class ImageFileKindTests : IDisposable
{
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(10);

    private readonly string _folder = Directory.CreateTempSubdirectory("kling-image-kind-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task FromFile_Fifo_RefusedWithoutOpeningIt()
    {
        var fifo = MakeFifo("photo.png");

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => Guarded(() => KlingImage.FromFile(fifo)));

        Assert.Equal("path", refused.ParamName);
        Assert.Contains(fifo, refused.Message);
        Assert.Contains("is a FIFO (named pipe), not an image file", refused.Message);
    }

    [Fact]
    public async Task FromFile_LinkToAFifo_Refused()
    {
        var link = Path.Combine(_folder, "link.png");
        File.CreateSymbolicLink(link, MakeFifo("target.png"));

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => Guarded(() => KlingImage.FromFile(link)));

        Assert.Contains("FIFO", refused.Message);
    }

    [Theory]
    [InlineData("/dev/zero", "a character device")]
    [InlineData("/dev/null", "a character device")]
    public async Task FromFile_Device_Refused(string device, string kind)
    {
        var refused = await Assert.ThrowsAsync<ArgumentException>(() => Guarded(() => KlingImage.FromFile(device)));

        Assert.Equal($"{device} is {kind}, not an image file; give the path of a JPEG or PNG file. (Parameter 'path')", refused.Message);
    }

    [Fact]
    public async Task FromFile_Directory_Refused()
    {
        var refused = await Assert.ThrowsAsync<ArgumentException>(() => Guarded(() => KlingImage.FromFile(_folder)));

        Assert.Contains($"{_folder} is a directory", refused.Message);
    }

    [Fact]
    public async Task FromFile_Socket_Refused()
    {
        var path = Path.Combine(_folder, "s.png");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => Guarded(() => KlingImage.FromFile(path)));

        Assert.Contains("is a socket", refused.Message);
    }

    [Fact]
    public async Task Check_FileReplacedByAFifoAfterItWasGiven_ProblemWithoutBlocking()
    {
        var path = TestImages.WritePng(_folder, "cat.png", 400, 400);
        var image = KlingImage.FromFile(path);
        File.Delete(path);
        MakeFifo("cat.png");

        var problem = Assert.Single(await Guarded(() => KlingImageChecks.Check(image)));

        Assert.StartsWith("cat.png: cannot be read", problem);
        Assert.Contains("is a FIFO", problem);
    }

    [Fact]
    public async Task WriteBase64Async_FileReplacedByAFifo_FailsWithoutBlocking()
    {
        var path = TestImages.WritePng(_folder, "late.png", 400, 400);
        var image = KlingImage.FromFile(path);
        File.Delete(path);
        MakeFifo("late.png");
        using var body = new MemoryStream();

        var failed = await Assert.ThrowsAsync<IOException>(() => Task.Run(() => image.WriteBase64Async(body, CancellationToken.None)).WaitAsync(Hang));

        Assert.Contains("is a FIFO", failed.Message);
        Assert.Equal(0, body.Length);
    }

    [Fact]
    public async Task WriteBase64Async_Cancelled_DoesNotOpenTheFile()
    {
        var image = KlingImage.FromFile(TestImages.WritePng(_folder, "ok.png", 400, 400));
        using var body = new MemoryStream();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => image.WriteBase64Async(body, new CancellationToken(canceled: true)));

        Assert.Equal(0, body.Length);
    }

    [Fact]
    public async Task Cli_ImageOptionNamingAFifo_RefusedAsInvalidInputBeforeAnythingIsSent()
    {
        var fifo = MakeFifo("in.png");
        using var cli = new Cli.CliRun();

        // Port 9 (discard) is never reached: the refusal comes before any request.
        var code = await Task.Run(() => cli.RunAsync("image2video", "--image", fifo, "--no-wait", "--base-url", "http://127.0.0.1:9", "--api-key", "sk-fifo-test-123456")).WaitAsync(Hang);

        Assert.Equal(2, code);
        Assert.Contains("is a FIFO (named pipe), not an image file", cli.Error);
    }

    [Fact]
    public void FromFile_RegularAndMissingFiles_StillAccepted()
    {
        var regular = KlingImage.FromFile(TestImages.WritePng(_folder, "fine.png", 400, 400));
        var missing = KlingImage.FromFile(Path.Combine(_folder, "not-yet.png"));

        Assert.Empty(KlingImageChecks.Check(regular));
        Assert.Equal(["not-yet.png: file not found"], KlingImageChecks.Check(missing));
    }

    private string MakeFifo(string name)
    {
        var path = Path.Combine(_folder, name);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }

    private static Task<T> Guarded<T>(Func<T> action) => Task.Run(action).WaitAsync(Hang);
}
