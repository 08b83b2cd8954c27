using Newtonsoft.Json.Linq;

namespace KlingGenerated.Testing;

// The sandbox's answers are the contract mappings' example bodies (which a test keeps equal to the
// spec's examples) with the task's own values put in, so the sandbox cannot drift from the contract's shape.
internal sealed class TaskResponses
{
    private readonly Dictionary<string, JObject> _examples;

    private TaskResponses(Dictionary<string, JObject> examples) => _examples = examples;

    public static TaskResponses Load(string contractMappingsDirectory)
    {
        var examples = new Dictionary<string, JObject>(StringComparer.Ordinal);
        foreach (var route in KlingRoutes.All)
        {
            foreach (var operation in new[] { KlingRoutes.CreateOperation(route), KlingRoutes.GetOperation(route), KlingRoutes.ListOperation(route) })
            {
                var file = Path.Combine(contractMappingsDirectory, operation + ".json");
                var mapping = JObject.Parse(File.ReadAllText(file));
                examples[operation] = (JObject)(mapping["Response"]?["BodyAsJson"]
                    ?? throw new InvalidDataException($"{file} has no Response.BodyAsJson to take the answer's shape from."));
            }
        }

        return new TaskResponses(examples);
    }

    public JObject Created(SandboxTask task)
    {
        var body = Envelope(KlingRoutes.CreateOperation(task.Route));
        var data = (JObject)body["data"]!;
        data["task_id"] = task.TaskId;
        data["task_status"] = "submitted";
        data["task_info"] = TaskInfo(task);
        data["created_at"] = task.CreatedAt.ToUnixTimeMilliseconds();
        data["updated_at"] = task.CreatedAt.ToUnixTimeMilliseconds();
        return body;
    }

    public JObject Task(SandboxTask task, string status, Uri mediaRoot)
    {
        var body = Envelope(KlingRoutes.GetOperation(task.Route));
        body["data"] = Data(task, status, mediaRoot);
        return body;
    }

    public JObject List(KlingRoute route, IEnumerable<(SandboxTask Task, string Status)> page, Uri mediaRoot)
    {
        var body = Envelope(KlingRoutes.ListOperation(route));
        body["data"] = new JArray(page.Select(t => Data(t.Task, t.Status, mediaRoot)));
        return body;
    }

    public static JObject Error(int code, string message) => new()
    {
        ["code"] = code,
        ["message"] = message,
        ["request_id"] = Guid.NewGuid().ToString(),
        ["data"] = null,
    };

    private JObject Envelope(string operation)
    {
        var body = (JObject)_examples[operation].DeepClone();
        body["request_id"] = Guid.NewGuid().ToString();
        return body;
    }

    /// <summary>The task's <c>data</c> object as a query answers it (also the body of its callback notifications).</summary>
    public JObject Data(SandboxTask task, string status, Uri mediaRoot)
    {
        var data = (JObject)_examples[KlingRoutes.GetOperation(task.Route)]["data"]!.DeepClone();
        data["task_id"] = task.TaskId;
        data["task_status"] = status;
        data["task_status_msg"] = status switch { "failed" => task.FailureMessage, "succeed" => string.Empty, _ => null };
        data["task_info"] = TaskInfo(task);
        data["task_result"] = status == "succeed" ? Result(task, mediaRoot) : new JObject();
        if (status != "succeed")
        {
            data.Remove("final_unit_deduction");
        }

        data["created_at"] = task.CreatedAt.ToUnixTimeMilliseconds();
        data["updated_at"] = task.UpdatedAt.ToUnixTimeMilliseconds();
        return data;
    }

    private static JObject TaskInfo(SandboxTask task) =>
        task.ExternalTaskId is { } external ? new JObject { ["external_task_id"] = external } : new JObject();

    private static JObject Result(SandboxTask task, Uri mediaRoot)
    {
        if (KlingRoutes.MakesVideos(task.Route))
        {
            var videoId = $"{task.TaskId}-0";
            return new JObject
            {
                ["videos"] = new JArray(new JObject
                {
                    ["id"] = videoId,
                    ["url"] = new Uri(mediaRoot, $"{task.TaskId}/{videoId}.mp4").ToString(),
                    ["duration"] = task.Body.Value<string>("duration") ?? "5",
                }),
            };
        }

        var count = task.Body.Value<int?>("n") ?? 1;
        return new JObject
        {
            ["images"] = new JArray(Enumerable.Range(0, count).Select(i => new JObject
            {
                ["index"] = i,
                ["url"] = new Uri(mediaRoot, $"{task.TaskId}/{i}.png").ToString(),
            })),
        };
    }
}
