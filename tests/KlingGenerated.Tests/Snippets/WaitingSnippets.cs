namespace KlingGenerated.Tests.Snippets;

/// <summary>
/// The README's examples of waiting and saving results, compiled so they cannot drift from the API;
/// DocumentationSnippetTests checks the documentation shows exactly these regions. Not run: they would
/// create paid tasks.
/// </summary>
internal static class WaitingSnippets
{
    public static async Task CreateAndWaitAsync(KlingClient kling)
    {
        #region Snippet:Waiting_CreateAndWait
        var operation = await kling.ImageToVideoAsync(
            WaitUntil.Completed,
            new ImageToVideoRequest { Image = KlingImage.FromUrl("https://example.com/cat.png"), Prompt = "The cat turns its head and blinks." },
            new KlingWaitOptions { Timeout = TimeSpan.FromMinutes(20) },
            new Progress<KlingTaskProgress>(p => Console.WriteLine($"{p.TaskId}: {p.Status} after {p.Elapsed:mm\\:ss}")));
        Console.WriteLine(operation.Value.Videos[0].Url);
        #endregion
    }

    public static async Task StartAndResumeAsync(KlingClient kling, ImageToVideoRequest request)
    {
        #region Snippet:Waiting_StartAndResume
        var operation = await kling.ImageToVideoAsync(WaitUntil.Started, request);
        await File.WriteAllTextAsync("task.json", operation.RehydrationToken); // route and ids only, no secret

        // Later, perhaps in another process:
        var resumed = kling.RehydrateTaskOperation(await File.ReadAllTextAsync("task.json"));
        var task = await resumed.WaitForCompletionAsync();
        #endregion
        GC.KeepAlive(task);
    }

    public static async Task ResumeByIdAsync(KlingClient kling)
    {
        #region Snippet:Waiting_ResumeById
        // A task_id, or the external_task_id the task was created with: Kling's query accepts both.
        var task = await kling.GetTaskOperation(KlingRoute.ImageToVideo, "order-1234-video-1").WaitForCompletionAsync();

        // Or one query at a time:
        var operation = kling.GetTaskOperation(KlingRoute.ImageToVideo, "order-1234-video-1");
        await operation.UpdateStatusAsync();
        Console.WriteLine($"{operation.Id} is {operation.Status}");
        #endregion
        GC.KeepAlive(task);
    }

    public static async Task HandleEndsAsync(KlingClient kling, ImageToVideoRequest request)
    {
        #region Snippet:Waiting_Errors
        try
        {
            var operation = await kling.ImageToVideoAsync(WaitUntil.Completed, request);
        }
        catch (KlingTaskFailedException failed)
        {
            Console.WriteLine($"Task {failed.TaskId} failed: {failed.StatusMessage}");
        }
        catch (KlingTaskTimeoutException timeout)
        {
            // The task goes on; keep the token and wait again later.
            await File.WriteAllTextAsync("pending.json", timeout.RehydrationToken);
        }
        #endregion
    }

    public static async Task SaveResultAsync(TaskData task)
    {
        #region Snippet:Download_SaveResult
        // Its own HttpClient: result URLs are on another host, which must never see the Kling key.
        var downloader = new KlingResultDownloader(new HttpClient());
        var files = await downloader.SaveResultAsync(task, "results",
            new KlingDownloadOptions { WriteSidecar = true },
            new Progress<KlingDownloadProgress>(p => Console.Write($"\r{p.BytesReceived} of {p.TotalBytes} bytes")));
        foreach (var file in files)
        {
            Console.WriteLine($"{file.Path} ({file.Length} bytes), described in {file.SidecarPath}");
        }
        #endregion
    }

    public static async Task CopyToStreamAsync(KlingResultDownloader downloader, TaskData task, Stream destination)
    {
        #region Snippet:Download_ToFileOrStream
        await downloader.SaveResultToFileAsync(task, "cat.mp4", new KlingDownloadOptions { Overwrite = true });
        await downloader.CopyResultToAsync(task, destination);
        #endregion
    }
}
