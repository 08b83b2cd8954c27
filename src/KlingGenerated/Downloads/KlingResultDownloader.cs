using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Newtonsoft.Json;

namespace KlingGenerated;

/// <summary>
/// Saves a task's result (its video, or every image) to a folder, a file or a stream, before Kling
/// deletes the URLs (30 days). Streamed, resumed with a Range request when a transfer breaks off,
/// and written under a temporary name that becomes the real one only once the length is right.
/// </summary>
/// <remarks>
/// Give it its own <see cref="HttpClient"/>, not the one of <see cref="KlingClient"/>: result URLs
/// are on another host, which must never see the Kling key. A client with a default Authorization
/// header is refused for that reason. Thread-safe; reuse one instance.
/// </remarks>
public partial class KlingResultDownloader
{
    private readonly HttpClient _httpClient = default!;
    private readonly ILogger _logger = NullLogger.Instance;
    private readonly TimeProvider _timeProvider = TimeProvider.System;

    /// <summary>For mocking only: every operation is virtual.</summary>
    protected KlingResultDownloader()
    {
    }

    /// <summary>Creates a downloader.</summary>
    /// <param name="httpClient">The client to download with; it must not carry a default Authorization header.</param>
    /// <param name="logger">Where saves (Information) and resumes (Warning) are logged; nowhere when null.</param>
    /// <param name="timeProvider">The clock for retry pauses and sidecar times; <see cref="TimeProvider.System"/> when null.</param>
    /// <exception cref="ArgumentException">The client sends an Authorization header with every request.</exception>
    public KlingResultDownloader(HttpClient httpClient, ILogger? logger = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        if (httpClient.DefaultRequestHeaders.Authorization is not null)
        {
            throw new ArgumentException(
                "This HttpClient sends an Authorization header with every request, and result URLs are on another host. " +
                "Give the downloader an HttpClient without one (not the KlingClient's).", nameof(httpClient));
        }

        _httpClient = httpClient;
        _logger = logger ?? NullLogger.Instance;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>
    /// Saves every result of a task into a folder: <c>{task_id}.mp4</c> for a video,
    /// <c>{task_id}-{index}.png</c> for images. An image keeps the extension of its URL when that is a
    /// known image format (png, jpg, jpeg, webp); anything else is saved as .png, and a video always as .mp4.
    /// Images are named by position instead when their indexes repeat, so none replaces another.
    /// </summary>
    /// <param name="task">A succeeded task.</param>
    /// <param name="folder">The folder to save into; created if missing.</param>
    /// <param name="options">Overwrite, sidecar and retry settings; the defaults when null.</param>
    /// <param name="progress">Told the bytes received so far, per file.</param>
    /// <param name="cancellationToken">Stops the download; a partial file is removed.</param>
    /// <returns>The saved files, in result order.</returns>
    /// <exception cref="ArgumentException">The task has no result URL.</exception>
    /// <exception cref="FormatException">A result URL the save needs is not an absolute URL; the message names the field and the task.</exception>
    /// <exception cref="IOException">A target file (or its sidecar, when one is asked for) exists and <see cref="KlingDownloadOptions.Overwrite"/> is false.</exception>
    /// <exception cref="KlingDownloadException">A transfer could not be completed.</exception>
    public virtual async Task<IReadOnlyList<KlingSavedFile>> SaveResultAsync(TaskData task, string folder, KlingDownloadOptions? options = null,
        IProgress<KlingDownloadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var targets = ResultTargets(task);
        var stem = SafeFileName.Stem(task.TaskId, "task");
        var byIndex = targets.All(t => t.Index >= 0) && targets.Select(t => t.Index).Distinct().Count() == targets.Count;
        var paths = targets
            .Select((t, position) => SafeFileName.InFolder(folder, stem
                + (targets.Count == 1 && t.IsVideo ? string.Empty : "-" + (byIndex ? t.Index : position).ToString(CultureInfo.InvariantCulture))
                + SafeFileName.ResultExtension(t.Url, t.IsVideo)))
            .ToList();
        options ??= new KlingDownloadOptions();
        options.Validate();
        if (paths.Distinct(StringComparer.OrdinalIgnoreCase).Count() != paths.Count)
        {
            throw new IOException($"Kling task {task.TaskId}: two results would be saved under one name; nothing was saved.");
        }

        if (Occupied(paths, options) is { } existing)
        {
            // Checked for every file first, so a refused save downloads nothing at all.
            throw ExistsException(existing);
        }

        var saved = new List<KlingSavedFile>(targets.Count);
        for (var i = 0; i < targets.Count; i++)
        {
            saved.Add(await DownloadToFileAsync(targets[i].Url, paths[i], task.TaskId, options, progress, cancellationToken).ConfigureAwait(false));
        }

        return saved;
    }

    /// <summary>Saves the one result of a task (its video, or its only image) to a file.</summary>
    /// <param name="task">A succeeded task with exactly one result.</param>
    /// <param name="filePath">The file to write; its folder is created if missing.</param>
    /// <param name="options">Overwrite, sidecar and retry settings; the defaults when null.</param>
    /// <param name="progress">Told the bytes received so far.</param>
    /// <param name="cancellationToken">Stops the download; a partial file is removed.</param>
    /// <returns>The saved file.</returns>
    /// <exception cref="ArgumentException">The task has no result, or several (save those to a folder).</exception>
    public virtual Task<KlingSavedFile> SaveResultToFileAsync(TaskData task, string filePath, KlingDownloadOptions? options = null,
        IProgress<KlingDownloadProgress>? progress = null, CancellationToken cancellationToken = default) =>
        DownloadToFileAsync(Single(task).Url, filePath, task.TaskId, options, progress, cancellationToken);

    /// <summary>Writes the one result of a task (its video, or its only image) to a stream.</summary>
    /// <param name="task">A succeeded task with exactly one result.</param>
    /// <param name="destination">Where to write; it must be seekable if the server cannot resume a broken transfer.</param>
    /// <param name="progress">Told the bytes received so far.</param>
    /// <param name="cancellationToken">Stops the download.</param>
    /// <returns>The number of bytes written.</returns>
    public virtual Task<long> CopyResultToAsync(TaskData task, Stream destination, IProgress<KlingDownloadProgress>? progress = null,
        CancellationToken cancellationToken = default) =>
        DownloadToStreamAsync(Single(task).Url, destination, null, progress, cancellationToken);

    /// <summary>Downloads any result URL to a file, through a temporary name in the same folder.</summary>
    /// <param name="source">The absolute URL.</param>
    /// <param name="filePath">The file to write; its folder is created if missing.</param>
    /// <param name="taskId">The task the file belongs to, for the sidecar; may be null.</param>
    /// <param name="options">Overwrite, sidecar and retry settings; the defaults when null.</param>
    /// <param name="progress">Told the bytes received so far.</param>
    /// <param name="cancellationToken">Stops the download; a partial file is removed.</param>
    /// <returns>The saved file.</returns>
    public virtual async Task<KlingSavedFile> DownloadToFileAsync(Uri source, string filePath, string? taskId = null, KlingDownloadOptions? options = null,
        IProgress<KlingDownloadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(filePath);
        options ??= new KlingDownloadOptions();
        options.Validate();
        var path = Path.GetFullPath(filePath);
        if (Occupied([path], options) is { } existing)
        {
            throw ExistsException(existing);
        }

        var folder = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        StalePartialFiles.Clean(folder, Path.GetFileName(path), _logger);
        // A unique hidden name beside the target: the rename stays on one volume, so it is atomic.
        var temporary = Path.Combine(folder, StalePartialFiles.NewName(Path.GetFileName(path)));
        try
        {
            long length;
            var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous);
            await using (file.ConfigureAwait(false))
            {
                length = await TransferAsync(source, file, path, options, progress, cancellationToken).ConfigureAwait(false);
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, options.Overwrite);
            var sidecar = options.WriteSidecar ? await WriteSidecarAsync(path, source, taskId, length, options.Overwrite, cancellationToken).ConfigureAwait(false) : null;
            DownloadLog.Saved(_logger, length, source.Host, path);
            return new KlingSavedFile(path, source, length, sidecar);
        }
        finally
        {
            TryDelete(temporary);
        }
    }

    /// <summary>Downloads any result URL to a stream.</summary>
    /// <param name="source">The absolute URL.</param>
    /// <param name="destination">Where to write; it must be seekable if the server cannot resume a broken transfer.</param>
    /// <param name="options">Retry settings; the defaults when null.</param>
    /// <param name="progress">Told the bytes received so far.</param>
    /// <param name="cancellationToken">Stops the download.</param>
    /// <returns>The number of bytes written.</returns>
    public virtual Task<long> DownloadToStreamAsync(Uri source, Stream destination, KlingDownloadOptions? options = null,
        IProgress<KlingDownloadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(destination);
        options ??= new KlingDownloadOptions();
        options.Validate();
        return TransferAsync(source, destination, null, options, progress, cancellationToken);
    }

    private async Task<string> WriteSidecarAsync(string path, Uri source, string? taskId, long length, bool overwrite, CancellationToken cancellationToken)
    {
        var sidecar = new KlingResultSidecar
        {
            TaskId = taskId,
            SourceUrl = source,
            FetchedAt = _timeProvider.GetUtcNow(),
            FileName = Path.GetFileName(path),
            Length = length,
        };
        var sidecarPath = SidecarPath(path);
        var temporary = sidecarPath + "." + Guid.NewGuid().ToString("N") + ".part";
        try
        {
            await File.WriteAllTextAsync(temporary, JsonConvert.SerializeObject(sidecar, Formatting.Indented), cancellationToken).ConfigureAwait(false);
            File.Move(temporary, sidecarPath, overwrite);
        }
        finally
        {
            TryDelete(temporary);
        }

        return sidecarPath;
    }

    /// <summary>
    /// Every result URL of a task to save, videos first, then images in index order (ties kept in the
    /// server's order), each with the field it came from.
    /// </summary>
    /// <exception cref="ArgumentException">The task has no result URL.</exception>
    /// <exception cref="FormatException">A result URL is there but not absolute; the message names the field and the task.</exception>
    internal static IReadOnlyList<KlingResultTarget> ResultTargets(TaskData task)
    {
        ArgumentNullException.ThrowIfNull(task);
        var targets = new List<KlingResultTarget>();
        var videos = task.TaskResult?.Videos?.ToList() ?? [];
        for (var i = 0; i < videos.Count; i++)
        {
            if (videos[i] is { Url: { Length: > 0 } url })
            {
                targets.Add(new KlingResultTarget(ParseResultUrl(task, url, $"task_result.videos[{i}].url"), i, IsVideo: true));
            }
        }

        var images = task.TaskResult?.Images?.ToList() ?? [];
        var imageTargets = new List<KlingResultTarget>();
        for (var i = 0; i < images.Count; i++)
        {
            if (images[i] is { Url: { Length: > 0 } url } image)
            {
                imageTargets.Add(new KlingResultTarget(ParseResultUrl(task, url, $"task_result.images[{i}].url"), image.Index ?? i, IsVideo: false));
            }
        }

        targets.AddRange(imageTargets.OrderBy(t => t.Index));
        return targets.Count > 0
            ? targets
            : throw new ArgumentException($"Kling task {task.TaskId} has no result URL to save (status {task.Status}).", nameof(task));
    }

    private static Uri ParseResultUrl(TaskData task, string url, string field) =>
        TaskData.ParseUrl(url) ?? throw new FormatException($"Kling task {task.TaskId}: {field} is not an absolute URL, so the result cannot be saved.");

    private static KlingResultTarget Single(TaskData task)
    {
        var targets = ResultTargets(task);
        return targets.Count == 1
            ? targets[0]
            : throw new ArgumentException($"Kling task {task.TaskId} has {targets.Count} results; save them to a folder with SaveResultAsync.", nameof(task));
    }

    private static string SidecarPath(string path) => path + ".json";

    /// <summary>
    /// The first of the paths a save would write (with their sidecars, when asked for) that is a folder, or,
    /// without <see cref="KlingDownloadOptions.Overwrite"/>, a file that exists already.
    /// </summary>
    private static string? Occupied(IEnumerable<string> paths, KlingDownloadOptions options) =>
        paths.SelectMany(p => options.WriteSidecar ? new[] { p, SidecarPath(p) } : [p])
            .FirstOrDefault(p => Directory.Exists(p) || (!options.Overwrite && File.Exists(p)));

    private static IOException ExistsException(string path) =>
        Directory.Exists(path)
            ? new($"{path} is a folder; nothing was saved.")
            : new($"{path} already exists; set KlingDownloadOptions.Overwrite to replace it.");

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: a leftover hidden .part file is harmless and never mistaken for a result.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
