namespace KlingGenerated;

/// <summary>
/// The rules a schema cannot express (kling-api.md §3.3-3.5), by the generated type they apply to.
/// The walker runs them on every object of that type, wherever it sits in the request. The universal
/// rules always run; the model rules (what the named model supports) run when the walk checks model
/// capabilities and nothing else is wrong, so a request is told about its model only once it is otherwise valid.
/// </summary>
internal static class RequestRules
{
    private static readonly Dictionary<Type, Action<object, string, RequestWalker>> Rules = new()
    {
        [typeof(ImageToVideoRequest)] = (model, path, walker) => ((ImageToVideoRequest)model).CheckRules(path, walker),
        [typeof(CameraControl)] = (model, path, walker) => ((CameraControl)model).CheckRules(path, walker),
    };

    private static readonly Dictionary<Type, Action<object, string, RequestWalker>> ModelRules = new()
    {
        [typeof(ImageToVideoRequest)] = (model, path, walker) => ImageToVideoModelRules.Check((ImageToVideoRequest)model, path, walker),
        [typeof(MultiImageToVideoRequest)] = (model, path, walker) => RouteModelRules.Check(model, ((MultiImageToVideoRequest)model).ModelName, path, walker),
        [typeof(MultiImageToImageRequest)] = (model, path, walker) => RouteModelRules.Check(model, ((MultiImageToImageRequest)model).ModelName, path, walker),
    };

    public static void Check(object model, string path, RequestWalker walker)
    {
        var type = model.GetType();
        if (Rules.TryGetValue(type, out var rule))
        {
            rule(model, path, walker);
        }

        if (walker.CheckModelCapabilities && walker.Failures.Count == 0 && ModelRules.TryGetValue(type, out var modelRule))
        {
            modelRule(model, path, walker);
        }
    }
}
