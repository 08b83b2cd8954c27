namespace KlingGenerated;

/// <summary>
/// What every create request has in common: the caller's <c>external_task_id</c>, which the client
/// fills when it is empty so a create can always be found again after an ambiguous failure.
/// </summary>
public interface IKlingCreateRequest
{
    /// <summary>The caller's id for the task, unique per account.</summary>
    string? ExternalTaskId { get; set; }
}

// Adds to the generated create requests: the common interface above.
public partial class ImageToVideoRequest : IKlingCreateRequest;

public partial class MultiImageToVideoRequest : IKlingCreateRequest;

public partial class ImageGenerationRequest : IKlingCreateRequest;

public partial class MultiImageToImageRequest : IKlingCreateRequest;
