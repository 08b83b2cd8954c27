using Newtonsoft.Json;

namespace KlingGenerated.Cli;

/// <summary>
/// The shots of a multi-shot video given as <c>--shot "&lt;duration&gt;:&lt;prompt&gt;"</c>, numbered from 1 in
/// the order given. The duration is whatever stands before the first colon (the API takes it as a
/// string); which lengths add up is the service's call.
/// </summary>
internal static class ShotArgument
{
    public static List<ShotPrompt>? Parse(IReadOnlyList<string>? shots) =>
        shots is { Count: > 0 } ? [.. shots.Select((shot, index) => Parse(shot, index + 1))] : null;

    private static ShotPrompt Parse(string shot, int index)
    {
        var colon = shot.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || string.IsNullOrWhiteSpace(shot[..colon]) || string.IsNullOrWhiteSpace(shot[(colon + 1)..]))
        {
            throw new CliUsageException($"--shot {JsonConvert.ToString(shot)} is not <duration>:<prompt>, e.g. --shot \"2:The cat wakes up.\"");
        }

        return new ShotPrompt { Index = index, Duration = shot[..colon], Prompt = shot[(colon + 1)..] };
    }
}
