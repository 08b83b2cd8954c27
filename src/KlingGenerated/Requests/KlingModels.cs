namespace KlingGenerated;

/// <summary>
/// The Kling model names the spec lists, for <c>model_name</c>. The field stays an open string: a
/// model released after this list is passed through unchanged.
/// </summary>
public static class KlingModels
{
    /// <summary><c>kling-v1</c> (video). Kling's default for image to video.</summary>
    public const string KlingV1 = "kling-v1";

    /// <summary><c>kling-v1-5</c> (video).</summary>
    public const string KlingV15 = "kling-v1-5";

    /// <summary><c>kling-v1-6</c> (video). The only model of multi-image to video, and its default.</summary>
    public const string KlingV16 = "kling-v1-6";

    /// <summary><c>kling-v2-master</c> (video).</summary>
    public const string KlingV2Master = "kling-v2-master";

    /// <summary><c>kling-v2-1</c> (video, and multi-image to image).</summary>
    public const string KlingV21 = "kling-v2-1";

    /// <summary><c>kling-v2-1-master</c> (video).</summary>
    public const string KlingV21Master = "kling-v2-1-master";

    /// <summary><c>kling-v2-5-turbo</c> (video).</summary>
    public const string KlingV25Turbo = "kling-v2-5-turbo";

    /// <summary><c>kling-v2-6</c> (video).</summary>
    public const string KlingV26 = "kling-v2-6";

    /// <summary><c>kling-v3</c> (video).</summary>
    public const string KlingV3 = "kling-v3";

    /// <summary><c>kling-v2</c> (multi-image to image).</summary>
    public const string KlingV2 = "kling-v2";
}
