namespace KlingGenerated;

/// <summary>
/// One cell group of Kling's capability map: a model does <see cref="Feature"/> in these modes and
/// lengths, or (with no modes) not at all. A model and feature with no entry is not checked.
/// </summary>
/// <param name="Model">The model_name.</param>
/// <param name="Feature">What the request asks for.</param>
/// <param name="Modes">The modes it works in, as sent ("std", "pro"); empty when the model does not do it.</param>
/// <param name="Durations">The lengths it works in, as sent ("5", "10").</param>
/// <param name="Source">Where the fact comes from, so a changed document is easy to follow.</param>
internal sealed record VideoCapability(string Model, VideoFeature Feature, string[] Modes, string[] Durations, string Source)
{
    /// <summary>The map's "only no audio": the feature works only with sound off.</summary>
    public bool OnlyWithoutSound { get; init; }

    /// <summary>The camera_control types the model takes, when the map limits them ("simple only").</summary>
    public CameraControlType[]? CameraTypes { get; init; }

    public bool Supported => Modes.Length > 0;

    /// <summary>An entry saying the model does not do the feature.</summary>
    public static VideoCapability None(string model, VideoFeature feature, string source) => new(model, feature, [], [], source);
}
