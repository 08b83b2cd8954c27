namespace KlingGenerated;

/// <summary>
/// The rules a schema cannot express (kling-api.md §3.3-3.4), by the generated type they apply to.
/// The walker runs them on every object of that type, wherever it sits in the request.
/// </summary>
internal static class RequestRules
{
    private static readonly Dictionary<Type, Action<object, string, RequestWalker>> Rules = new()
    {
        [typeof(ImageToVideoRequest)] = (model, path, walker) => ImageToVideoRequestRules.Check((ImageToVideoRequest)model, path, walker),
        [typeof(CameraControl)] = (model, path, walker) => CameraControlRules.Check((CameraControl)model, path, walker),
    };

    public static void Check(object model, string path, RequestWalker walker)
    {
        if (Rules.TryGetValue(model.GetType(), out var rule))
        {
            rule(model, path, walker);
        }
    }
}
