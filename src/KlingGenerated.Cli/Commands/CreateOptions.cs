using System.CommandLine;
using System.Globalization;
using System.Reflection;
using System.Runtime.Serialization;

namespace KlingGenerated.Cli.Commands;

/// <summary>Options shared by the create commands.</summary>
internal static class CreateOptions
{
    public static Option<string?> Prompt(bool required = false) => new("--prompt") { Description = "What to generate.", Required = required };

    public static Option<string?> NegativePrompt() => new("--negative-prompt") { Description = "What to keep out." };

    // Any string is sent as given: a model newer than this tool must still be usable. The known ones
    // (KlingModels) are offered as completions and named in the help.
    public static Option<string?> Model()
    {
        var known = typeof(KlingModels).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => (string)field.GetValue(null)!).ToArray();
        var option = new Option<string?>("--model")
        {
            Description = $"The Kling model, passed through as given (a newer one works too). Known: {string.Join(", ", known)}.",
        };
        option.CompletionSources.Add(known);
        return option;
    }

    public static Option<string?> Mode() => new Option<string?>("--mode") { Description = "std (faster) or pro (higher quality)." }.AcceptOnlyFromAmong("std", "pro");

    /// <summary>Image to video: Kling's current docs allow 3 to 15 seconds; which lengths a model supports is the service's call.</summary>
    public static Option<string?> Duration() => Duration("Video length in seconds, 3 to 15 (which lengths a model supports depends on the model; most take 5 or 10).", 3, 15);

    /// <summary>Multi-image to video: Kling's docs allow 5 or 10 seconds.</summary>
    public static Option<string?> FiveOrTenSeconds() => new Option<string?>("--duration") { Description = "Video length in seconds: 5 or 10." }.AcceptOnlyFromAmong("5", "10");

    private static Option<string?> Duration(string description, int shortest, int longest) =>
        new Option<string?>("--duration") { Description = description }
            .AcceptOnlyFromAmong(Enumerable.Range(shortest, longest - shortest + 1).Select(s => s.ToString(CultureInfo.InvariantCulture)).ToArray());

    public static Option<string?> ExternalTaskId() => new("--external-task-id") { Description = "Your own unique id for the task (one is generated when omitted)." };

    public static Option<string?> CallbackUrl() => new("--callback-url") { Description = "A URL Kling posts status changes to." };

    public static Option<string?> Out() => new("--out") { Description = "The file to save the video to (default: <task id>.mp4 in the current folder)." };

    public static Option<string?> OutDir() => new("--out-dir") { Description = "The folder to save results to (default: the current folder)." };

    public static Option<bool> Overwrite() => new("--overwrite") { Description = "Replace a file that already exists where a result is saved (default: refuse, before anything is sent)." };

    public static Option<string[]> Set() => new("--set")
    {
        Description = "Sets any request field by its API name, e.g. --set 'watermark_info={\"enabled\":true}'; repeatable. The value is read as JSON " +
            "when it is JSON (a number, true, false, null, an object, an array or a quoted string), else as text: --set field=5 sends the number 5, " +
            "to send the string \"5\" write --set 'field=\"5\"'. A field an option of this command sets is given by that option or by --set, not both.",
    };

    public static Option<bool> NoWait() => new("--no-wait") { Description = "Create the task and print its id without waiting for it." };

    public static GenerationMode? ParseMode(string? mode) => mode switch
    {
        null => null,
        "pro" => GenerationMode.Professional,
        _ => GenerationMode.Standard,
    };

    public static VideoDuration? ParseDuration(string? duration) => duration is null ? null : Durations[duration];

    // The wire value of each duration ("3" to "15"), from the generated enum's own attributes.
    private static readonly Dictionary<string, VideoDuration> Durations = Enum.GetValues<VideoDuration>().ToDictionary(
        d => typeof(VideoDuration).GetField(d.ToString())!.GetCustomAttribute<EnumMemberAttribute>()!.Value!, StringComparer.Ordinal);
}
