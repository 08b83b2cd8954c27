using System.CommandLine;

namespace KlingGenerated.Cli.Commands;

/// <summary>
/// Image to video's newer options: sound, voices, elements and multi-shot prompts. Which models take
/// them is the service's call; the library checks the rules that hold for every model (at most 2
/// voices or 3 elements, not both, 1 to 6 shots).
/// </summary>
internal sealed class ImageToVideoSoundAndShots
{
    private readonly Option<string?> _sound = new Option<string?>("--sound")
    {
        Description = "on: the video comes with sound; off (Kling's default): silent. Which models make sound (kling-v2-6 and newer) is the service's call.",
    }.AcceptOnlyFromAmong("on", "off");

    private readonly Option<string[]> _voices = new("--voice")
    {
        Description = "The id of a voice to speak in the video's sound; give it up to 2 times. Not with --element.",
    };

    private readonly Option<long[]> _elements = new("--element")
    {
        Description = "The id (a number) of a saved element to keep consistent in the video; give it up to 3 times. Not with --voice.",
    };

    private readonly Option<string?> _shotType = new Option<string?>("--shot-type")
    {
        Description = "Makes a multi-shot video: customize (the shots given with --shot; the default when --shot is given) or intelligence (the model cuts the shots).",
    }.AcceptOnlyFromAmong("customize", "intelligence");

    private readonly Option<string[]> _shots = new("--shot")
    {
        Description = "One shot of a multi-shot video as <seconds>:<prompt>, e.g. --shot \"2:The cat wakes up.\"; give it 1 to 6 times, in order. " +
            "Kling's docs say the shots' lengths add up to --duration.",
    };

    public IEnumerable<Option> Options => [_sound, _voices, _elements, _shotType, _shots];

    /// <summary>The fields these options set, for <see cref="FieldAssignments"/>.</summary>
    public IEnumerable<(string Field, Option Option)> Fields =>
    [
        ("sound", _sound), ("voice_list", _voices), ("element_list", _elements),
        ("multi_shot", _shots), ("multi_shot", _shotType), ("shot_type", _shotType), ("multi_prompt", _shots),
    ];

    public void Apply(ImageToVideoRequest request, CommandContext context)
    {
        request.Sound = context.Value(_sound) switch
        {
            null => null,
            "on" => VideoSound.On,
            _ => VideoSound.Off,
        };
        request.VoiceList = context.Value(_voices) is { Length: > 0 } voices ? [.. voices.Select(id => new VoiceReference { VoiceId = id })] : null;
        request.ElementList = context.Value(_elements) is { Length: > 0 } elements ? [.. elements.Select(id => new ElementReference { ElementId = id })] : null;
        request.MultiPrompt = ShotArgument.Parse(context.Value(_shots));

        // Shots given one by one are what customize means; either option asks for a multi-shot video.
        request.ShotType = context.Value(_shotType) switch
        {
            "intelligence" => ShotType.Intelligence,
            "customize" => ShotType.Customize,
            _ => request.MultiPrompt is null ? null : ShotType.Customize,
        };
        request.MultiShot = request.ShotType is null ? null : true;
    }
}
