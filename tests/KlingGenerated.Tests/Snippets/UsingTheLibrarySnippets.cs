namespace KlingGenerated.Tests.Snippets;

/// <summary>The README's first library example, compiled; it calls the real service, so it is not run here.</summary>
public static class UsingTheLibrarySnippets
{
    public static async Task<IReadOnlyList<KlingSavedFile>> ImageToVideoFromAFileAsync()
    {
        #region Snippet:UsingTheLibrary
        // KLING_API_KEY (and optionally KLING_BASE_URL) from the environment; CometAPI by default.
        var kling = new KlingClient(KlingClientOptions.FromEnvironment());

        var operation = await kling.ImageToVideoAsync(WaitUntil.Completed, new ImageToVideoRequest
        {
            Image = KlingImage.FromFile("cat.png"),
            Prompt = "The cat turns its head and blinks.",
            Duration = VideoDuration.Five,
        });
        var files = await new KlingResultDownloader(new HttpClient()).SaveResultAsync(operation.Value, "results");
        #endregion
        return files;
    }
}
