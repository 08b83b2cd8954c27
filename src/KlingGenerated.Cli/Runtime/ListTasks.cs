namespace KlingGenerated.Cli;

// The list query of each route, by route.
internal static class ListTasks
{
    public static async Task<IReadOnlyList<TaskData>> ListTasksAsync(this IKlingClient client, KlingRoute route, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        if (page is < 1 or > 1000)
        {
            throw new CliUsageException("--page must be between 1 and 1000.");
        }

        if (pageSize is < 1 or > 500)
        {
            throw new CliUsageException("--page-size must be between 1 and 500.");
        }

        var response = route switch
        {
            KlingRoute.ImageToVideo => await client.ListImageToVideoTasksAsync(page, pageSize, cancellationToken).ConfigureAwait(false),
            KlingRoute.MultiImageToVideo => await client.ListMultiImageToVideoTasksAsync(page, pageSize, cancellationToken).ConfigureAwait(false),
            KlingRoute.ImageGeneration => await client.ListImageGenerationTasksAsync(page, pageSize, cancellationToken).ConfigureAwait(false),
            _ => await client.ListMultiImageToImageTasksAsync(page, pageSize, cancellationToken).ConfigureAwait(false),
        };
        return response.Data?.OfType<TaskData>().ToList() ?? [];
    }
}
