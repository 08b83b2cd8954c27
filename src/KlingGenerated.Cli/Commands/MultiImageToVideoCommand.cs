using System.CommandLine;

namespace KlingGenerated.Cli.Commands;

/// <summary><c>kling multi-image2video</c>: one to four images and a prompt to a video.</summary>
internal static class MultiImageToVideoCommand
{
    public static Command Create(CliHost host)
    {
        var images = new Option<string[]>("--image") { Description = "A reference image (file or http(s) URL); give it 1 to 4 times.", Required = true, Arity = ArgumentArity.OneOrMore };
        var aspectRatio = new Option<string?>("--aspect-ratio") { Description = "16:9, 9:16 or 1:1." }.AcceptOnlyFromAmong("16:9", "9:16", "1:1");
        var (prompt, negative, model, mode, duration) = (CreateOptions.Prompt(required: true), CreateOptions.NegativePrompt(), CreateOptions.Model(), CreateOptions.Mode(), CreateOptions.FiveOrTenSeconds());
        var (externalId, callback, output, noWait) = (CreateOptions.ExternalTaskId(), CreateOptions.CallbackUrl(), CreateOptions.Out(), CreateOptions.NoWait());
        var (overwrite, set) = (CreateOptions.Overwrite(), CreateOptions.Set());
        var command = new Command("multi-image2video", "Turn one to four images and a prompt into a video.")
        {
            images, prompt, negative, model, mode, duration, aspectRatio, externalId, callback, output, noWait, overwrite, set,
        };
        (string, Option)[] named =
        [
            ("image_list", images), ("prompt", prompt), ("negative_prompt", negative), ("model_name", model), ("mode", mode),
            ("duration", duration), ("aspect_ratio", aspectRatio), ("external_task_id", externalId), ("callback_url", callback),
        ];
        command.SetAction((parse, cancellationToken) => CommandExecution.RunAsync(parse, host, cancellationToken, context =>
        {
            var target = context.Value(noWait) ? null : SaveTarget.From(context.Value(output), null, context.Value(overwrite), host);
            var request = new MultiImageToVideoRequest
            {
                ImageList = context.Value(images).Select(i => new ImageListItem { Image = ImageArgument.Resolve(i, "--image", host) }).ToList(),
                Prompt = context.Value(prompt)!,
                NegativePrompt = context.Value(negative),
                ModelName = context.Value(model),
                Mode = CreateOptions.ParseMode(context.Value(mode)),
                Duration = CreateOptions.ParseDuration(context.Value(duration)),
                AspectRatio = context.Value(aspectRatio) switch
                {
                    null => null,
                    "9:16" => VideoAspectRatio.Portrait9x16,
                    "1:1" => VideoAspectRatio.Square1x1,
                    _ => VideoAspectRatio.Landscape16x9,
                },
                ExternalTaskId = context.Value(externalId),
                CallbackUrl = context.Value(callback),
            };
            FieldAssignments.Apply(request, context.Value(set), named, context.Parse, host);
            return context.Runner.CreateAsync(KlingRoute.MultiImageToVideo, request, target, context.CancellationToken);
        }));
        return command;
    }
}
