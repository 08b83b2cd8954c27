namespace KlingGenerated.Tests.Callbacks;

/// <summary>Notification bodies in the shapes Kling's docs show (legacy payload: the task object a query returns in data).</summary>
internal static class CallbackBodies
{
    public const string Videos = """
        {"task_id":"861309198188019719","task_status":"succeed","task_status_msg":"","created_at":1722769557708,"updated_at":1722769600412,
         "final_unit_deduction":"5","task_info":{"external_task_id":"order-7"},
         "task_result":{"videos":[{"id":"vid-1","url":"https://cdn.example.com/v/1.mp4","duration":"5.1"}]}}
        """;

    public const string Images = """
        {"task_id":"861309198188019720","task_status":"succeed","created_at":1722769557708,"updated_at":1722769600412,
         "task_info":{},"task_result":{"images":[{"index":1,"url":"https://cdn.example.com/i/1.png"},{"index":0,"url":"https://cdn.example.com/i/0.png"}]}}
        """;

    public const string ParentVideoAndBalance = """
        {"task_id":"861309198188019721","task_status":"processing","task_status_msg":null,"created_at":1722769557708,"updated_at":1722769560000,
         "final_balance_deduction":{"quota":"1.5","list_price":"2.0"},
         "task_info":{"parent_video":{"id":"parent-1","url":"https://cdn.example.com/v/parent.mp4","duration":"10"},"external_task_id":"order-8"},
         "task_result":{}}
        """;

    public static string WithTaskResult(string taskResult) =>
        $$"""{"task_id":"861309198188019722","task_status":"submitted","created_at":1722769557708,"updated_at":1722769557708,"task_result":{{taskResult}}}""";
}
