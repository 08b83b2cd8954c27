namespace KlingGenerated;

// A path parameter is one URL segment, and some values are not: "" and whitespace leave it empty,
// "." and ".." are removed when the URL is normalised. Sent as they are, they would query another
// route (a task id of "." lists the route's tasks), so the generated client refuses them first.
internal static class PathSegment
{
    public static void ThrowIfNotASegment(string value, string parameterName)
    {
        if (string.IsNullOrWhiteSpace(value) || value is "." or "..")
        {
            throw new ArgumentException(
                $"\"{value}\" cannot be the {parameterName}: as a URL path segment it would name another route. Give the task's task_id or external_task_id.",
                parameterName);
        }
    }
}
