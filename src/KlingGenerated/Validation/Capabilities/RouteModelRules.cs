namespace KlingGenerated;

/// <summary>
/// Refuses a model the library knows on a route whose docs do not list it (multi-image to video takes
/// only kling-v1-6, for example); an absent or unknown model_name is left to the service.
/// </summary>
internal static class RouteModelRules
{
    public static void Check(object request, string? modelName, string path, RequestWalker walker)
    {
        if (string.IsNullOrEmpty(modelName) || RouteModels.For(request.GetType()) is not { } route
            || route.Models.Contains(modelName, StringComparer.Ordinal) || !RouteModels.IsKnownModel(modelName))
        {
            return;
        }

        walker.Fail(RequestWalker.Join(path, "model_name"),
            $"{route.Route} does not take {modelName} (it takes {string.Join(", ", route.Models)})");
    }
}
