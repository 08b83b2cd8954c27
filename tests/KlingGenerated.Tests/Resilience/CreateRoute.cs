namespace KlingGenerated.Tests.Resilience;

/// <summary>One create route of the spec: its path and a call that creates a task on it with a given external_task_id.</summary>
public sealed record CreateRoute(string Name, string Path, Func<KlingClient, string, Task<TaskResponse>> CreateAsync)
{
    public static readonly CreateRoute ImageToVideo = new("image2video", "/kling/v1/videos/image2video",
        (client, id) => client.CreateImageToVideoTaskAsync(new ImageToVideoRequest { Image = KlingImage.FromUrl("https://example.com/cat.png"), Prompt = "blink", ExternalTaskId = id }));

    public static readonly CreateRoute MultiImageToVideo = new("multi-image2video", "/kling/v1/videos/multi-image2video",
        (client, id) => client.CreateMultiImageToVideoTaskAsync(new MultiImageToVideoRequest
        {
            ImageList = [new ImageListItem { Image = KlingImage.FromUrl("https://example.com/a.png") }, new ImageListItem { Image = KlingImage.FromUrl("https://example.com/b.png") }],
            Prompt = "walk",
            ExternalTaskId = id,
        }));

    public static readonly CreateRoute ImageGeneration = new("generations", "/kling/v1/images/generations",
        (client, id) => client.CreateImageGenerationTaskAsync(new ImageGenerationRequest
        {
            SubjectImageList = [new SubjectImageItem { SubjectImage = KlingImage.FromUrl("https://example.com/s1.png") }, new SubjectImageItem { SubjectImage = KlingImage.FromUrl("https://example.com/s2.png") }],
            ExternalTaskId = id,
        }));

    public static readonly CreateRoute MultiImageToImage = new("multi-image2image", "/kling/v1/images/multi-image2image",
        (client, id) => client.CreateMultiImageToImageTaskAsync(new MultiImageToImageRequest
        {
            SubjectImageList = [new SubjectImageItem { SubjectImage = KlingImage.FromUrl("https://example.com/s1.png") }, new SubjectImageItem { SubjectImage = KlingImage.FromUrl("https://example.com/s2.png") }],
            ExternalTaskId = id,
        }));

    public static IEnumerable<CreateRoute> All => [ImageToVideo, MultiImageToVideo, ImageGeneration, MultiImageToImage];

    public static CreateRoute Named(string name) => All.Single(r => r.Name == name);

    public override string ToString() => Name;
}
