namespace KlingGenerated.Tests.Downloads;

/// <summary>A download killed mid-way leaves a hidden part file; the next download of the same target removes it, and only it.</summary>
[Collection(WireMockCollection.Name)]
public sealed class StalePartialFileTests(WireMockFixture fixture) : DownloadTestBase(fixture)
{
    private static readonly DateTime LongAgo = DateTime.UtcNow - TimeSpan.FromHours(3);

    [Fact]
    public async Task DownloadToFileAsync_AbandonedPartFilesOfTheTarget_Removed()
    {
        Stub("/cdn/v.mp4", Whole());
        var abandoned = Part("v.mp4", LongAgo);
        var secondAbandoned = Part("v.mp4", LongAgo);
        var otherTarget = Part("w.mp4", LongAgo);
        var notOurs = Write(".v.mp4.not-a-download.part", LongAgo);

        await Downloader.DownloadToFileAsync(Url("/cdn/v.mp4"), Path.Combine(Folder, "v.mp4"), options: NoPause());

        Assert.False(File.Exists(abandoned));
        Assert.False(File.Exists(secondAbandoned));
        Assert.Equal(new[] { Name(notOurs), Name(otherTarget), "v.mp4" }.Order(), FolderEntries());
    }

    [Fact]
    public async Task DownloadToFileAsync_PartFileStillBeingWritten_Kept()
    {
        Stub("/cdn/v.mp4", Whole());
        var inUse = Part("v.mp4", LongAgo);
        var justCreated = Part("v.mp4", DateTime.UtcNow);

        // Held as a running download holds its part file.
        await using (new FileStream(inUse, FileMode.Open, FileAccess.Write, FileShare.None))
        {
            await Downloader.DownloadToFileAsync(Url("/cdn/v.mp4"), Path.Combine(Folder, "v.mp4"), options: NoPause());
        }

        Assert.True(File.Exists(inUse));
        Assert.True(File.Exists(justCreated));
        Assert.Equal(Content, await File.ReadAllBytesAsync(Path.Combine(Folder, "v.mp4")));
    }

    private string Part(string target, DateTime lastWrite) => Write($".{target}.{Guid.NewGuid():N}.part", lastWrite);

    private string Write(string name, DateTime lastWrite)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, Content[..100]);
        File.SetLastWriteTimeUtc(path, lastWrite);
        return path;
    }

    private static string Name(string path) => Path.GetFileName(path);
}
