namespace KlingGenerated.Cli;

/// <summary>The route names the command line uses: the last segment of each route's path.</summary>
internal static class RouteNames
{
    private static readonly (string Name, KlingRoute Route)[] Names =
    [
        ("image2video", KlingRoute.ImageToVideo),
        ("multi-image2video", KlingRoute.MultiImageToVideo),
        ("multi-image2image", KlingRoute.MultiImageToImage),
        ("generations", KlingRoute.ImageGeneration),
    ];

    public static IEnumerable<string> All => Names.Select(n => n.Name);

    public static string Of(KlingRoute route) => Names.First(n => n.Route == route).Name;

    public static KlingRoute Parse(string name) =>
        Names.FirstOrDefault(n => string.Equals(n.Name, name, StringComparison.OrdinalIgnoreCase)) is { Name: not null } found
            ? found.Route
            : throw new CliUsageException($"Unknown route \"{name}\": use one of {string.Join(", ", All)}.");
}
