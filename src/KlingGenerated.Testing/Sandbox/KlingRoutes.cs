namespace KlingGenerated.Testing;

// The sandbox's view of the routes: their paths (from the library's route table) and the spec's
// operation names. A contract test checks that the sandbox's mapping files cover every operation of the spec.
internal static class KlingRoutes
{
    public static IReadOnlyList<KlingRoute> All { get; } = Enum.GetValues<KlingRoute>();

    // The library's route table is the one source of the paths.
    public static string PathOf(KlingRoute route) => "/kling/v1/" + route.PathName();

    public static bool MakesVideos(KlingRoute route) => route.ProducesVideo();

    /// <summary>The route a request path belongs to, and the id after it (null for the route itself).</summary>
    public static bool TryParse(string path, out KlingRoute route, out string? id)
    {
        foreach (var candidate in All)
        {
            var root = PathOf(candidate);
            if (path == root)
            {
                (route, id) = (candidate, null);
                return true;
            }

            if (path.StartsWith(root + "/", StringComparison.Ordinal) && path.Length > root.Length + 1)
            {
                (route, id) = (candidate, Uri.UnescapeDataString(path[(root.Length + 1)..]));
                return true;
            }
        }

        (route, id) = (default, null);
        return false;
    }

    // The spec names operations after the route: CreateImageToVideoTask, GetImageToVideoTask, ListImageToVideoTasks.
    public static string CreateOperation(KlingRoute route) => $"Create{route}Task";

    public static string GetOperation(KlingRoute route) => $"Get{route}Task";

    public static string ListOperation(KlingRoute route) => $"List{route}Tasks";
}
