using System.Diagnostics;
using System.Globalization;
using Newtonsoft.Json;

namespace KlingGenerated.Cli.Batch;

/// <summary>
/// One batch run per output folder: an exclusive OS lock on <see cref="FileName"/>, held for the whole run
/// and released by the OS however the process ends, so two runs never create the same jobs twice. The
/// holder's process id and start time go into <see cref="OwnerFileName"/> (the locked file itself cannot
/// be read by others), so a refused run can say which process holds the folder.
/// </summary>
internal sealed class BatchLock : IDisposable
{
    public const string FileName = "kling-batch.lock";
    public const string OwnerFileName = "kling-batch.lock.owner.json";

    private readonly FileStream _lock;
    private readonly string _ownerPath;

    private BatchLock(FileStream @lock, string ownerPath)
    {
        _lock = @lock;
        _ownerPath = ownerPath;
    }

    /// <summary>Takes the folder, or throws <see cref="CliUsageException"/> naming the process that has it.</summary>
    public static BatchLock Acquire(string outputDirectory)
    {
        Directory.CreateDirectory(outputDirectory);
        var path = Path.Combine(outputDirectory, FileName);
        var ownerPath = Path.Combine(outputDirectory, OwnerFileName);
        FileStream stream;
        try
        {
            // FileShare.None is an exclusive lock (flock on Unix): any other open of the file fails while it is held.
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
        }
        catch (IOException e) when (IsLockConflict(e))
        {
            throw new CliUsageException($"the folder {outputDirectory} is in use by another kling batch ({Describe(WaitForOwner(ownerPath))}); " +
                "wait for that run to end, or give another --out-dir.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only or full file system, a permission, a path that is not a file: say so, not "in use".
            throw new IOException($"could not open the batch lock {path}: {e.Message}", e);
        }

        try
        {
            var owner = BatchLockOwner.OfThisProcess();
            File.WriteAllText(ownerPath, JsonConvert.SerializeObject(owner, Formatting.Indented));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The lock holds without it; only a refused run's message is less precise.
        }

        return new BatchLock(stream, ownerPath);
    }

    // Only another holder of the lock makes the open fail so: a sharing or lock violation on Windows,
    // EWOULDBLOCK from flock on Unix (11 on Linux, 35 on macOS and the BSDs).
    private static bool IsLockConflict(IOException e)
    {
        if (OperatingSystem.IsWindows())
        {
            return (e.HResult & 0xFFFF) is 32 or 33;
        }

        return e.HResult == (OperatingSystem.IsLinux() ? 11 : 35) && e is not (FileNotFoundException or DirectoryNotFoundException or PathTooLongException);
    }

    public void Dispose()
    {
        try
        {
            File.Delete(_ownerPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }

        _lock.Dispose();
    }

    // The holder writes its record just after taking the lock: a run refused in that instant waits a moment for it.
    private static BatchLockOwner? WaitForOwner(string path)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var owner = ReadOwner(path);
            if ((owner is not null && BatchLockOwner.IsRunning(owner)) || waited.Elapsed > TimeSpan.FromSeconds(1))
            {
                return owner;
            }

            Thread.Sleep(25);
        }
    }

    private static BatchLockOwner? ReadOwner(string path)
    {
        try
        {
            return JsonConvert.DeserializeObject<BatchLockOwner>(File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    private static string Describe(BatchLockOwner? owner)
    {
        if (owner is null)
        {
            return "its process is not known";
        }

        var started = owner.Started.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
        if (!string.Equals(owner.Machine, Environment.MachineName, StringComparison.OrdinalIgnoreCase))
        {
            return $"process {owner.ProcessId} on {owner.Machine}, started {started}";
        }

        // The record may be left from a run that just ended: name the process only if it is still that one.
        return BatchLockOwner.IsRunning(owner) ? $"process {owner.ProcessId}, started {started}" : "its process is not known";
    }
}

/// <summary>Who holds a batch folder: written by the holder, read by a refused run.</summary>
internal sealed class BatchLockOwner
{
    [JsonProperty("pid")]
    public int ProcessId { get; set; }

    [JsonProperty("started")]
    public DateTimeOffset Started { get; set; }

    [JsonProperty("machine")]
    public string Machine { get; set; } = string.Empty;

    public static BatchLockOwner OfThisProcess()
    {
        using var process = Process.GetCurrentProcess();
        return new BatchLockOwner { ProcessId = process.Id, Started = process.StartTime.ToUniversalTime(), Machine = Environment.MachineName };
    }

    public static bool IsRunning(BatchLockOwner owner)
    {
        try
        {
            using var process = Process.GetProcessById(owner.ProcessId);
            return (process.StartTime.ToUniversalTime() - owner.Started.UtcDateTime).Duration() < TimeSpan.FromSeconds(2);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            return false;
        }
    }
}
