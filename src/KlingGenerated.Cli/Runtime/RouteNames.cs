namespace KlingGenerated.Cli;

/// <summary>The route names the command line uses: the last segment of each route's path.</summary>
internal static class RouteNames
{
    public static IEnumerable<string> All => Enum.GetValues<KlingRoute>().Select(Of);

    public static string Of(KlingRoute route) => route.PathName()[(route.PathName().LastIndexOf('/') + 1)..];

    public static KlingRoute Parse(string name) =>
        Enum.GetValues<KlingRoute>().Where(r => string.Equals(Of(r), name, StringComparison.OrdinalIgnoreCase)).Cast<KlingRoute?>().FirstOrDefault()
            ?? throw new CliUsageException($"Unknown route \"{name}\": use one of {string.Join(", ", All)}.");
}
