namespace KlingGenerated;

/// <summary>
/// The routes whose official docs list the only models they take: a known model outside the list is
/// refused there, any other string is left to the service.
/// </summary>
internal static class RouteModels
{
    /// <summary>One route's documented models.</summary>
    /// <param name="RequestType">The generated request of the route.</param>
    /// <param name="Route">The route in words, for messages.</param>
    /// <param name="Models">The model_name values its docs list.</param>
    /// <param name="Source">Where the list comes from.</param>
    internal sealed record Entry(Type RequestType, string Route, string[] Models, string Source);

    public static IReadOnlyList<Entry> All { get; } =
    [
        new(typeof(MultiImageToVideoRequest), "multi-image to video", [KlingModels.KlingV16], "kling-api.md §4.2 (enum only kling-v1-6, its default)"),
        new(typeof(MultiImageToImageRequest), "multi-image to image", [KlingModels.KlingV2, KlingModels.KlingV21], "kling-api.md §5.1 (enum kling-v2, kling-v2-1)"),
    ];

    /// <summary>Every model this library knows by name: a string outside it gets no model rule anywhere.</summary>
    public static bool IsKnownModel(string model) =>
        KlingModelCapabilities.Knows(model) || All.Any(entry => entry.Models.Contains(model, StringComparer.Ordinal));

    public static Entry? For(Type requestType) => All.FirstOrDefault(entry => entry.RequestType == requestType);
}
