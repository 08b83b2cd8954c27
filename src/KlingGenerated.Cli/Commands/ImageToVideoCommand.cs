using System.CommandLine;

namespace KlingGenerated.Cli.Commands;

/// <summary><c>kling image2video</c>: a first frame, a tail frame or both (optionally a static mask) to a video.</summary>
internal static class ImageToVideoCommand
{
    public static Command Create(CliHost host)
    {
        var image = new Option<string?>("--image") { Description = "The source image (first frame): a JPEG/PNG file or an http(s) URL. Give --image, --image-tail or both." };
        var imageTail = new Option<string?>("--image-tail") { Description = "The last frame: a file or URL. Enough on its own without --image." };
        var staticMask = new Option<string?>("--static-mask") { Description = "A static brush mask: a file or URL." };
        var cfgScale = new Option<double?>("--cfg-scale") { Description = "Prompt adherence, 0 to 1." };
        var (prompt, negative, model, mode, duration) = (CreateOptions.Prompt(), CreateOptions.NegativePrompt(), CreateOptions.Model(), CreateOptions.Mode(), CreateOptions.Duration());
        var (externalId, callback, output, noWait) = (CreateOptions.ExternalTaskId(), CreateOptions.CallbackUrl(), CreateOptions.Out(), CreateOptions.NoWait());
        var (overwrite, set) = (CreateOptions.Overwrite(), CreateOptions.Set());
        var soundAndShots = new ImageToVideoSoundAndShots();
        var command = new Command("image2video", "Turn one image into a video.")
        {
            image, imageTail, prompt, negative, model, mode, duration, cfgScale, staticMask, externalId, callback, output, noWait, overwrite,
        };
        foreach (var option in soundAndShots.Options.Append(set))
        {
            command.Options.Add(option);
        }

        (string, Option)[] named =
        [
            ("image", image), ("image_tail", imageTail), ("static_mask", staticMask), ("prompt", prompt), ("negative_prompt", negative),
            ("model_name", model), ("mode", mode), ("duration", duration), ("cfg_scale", cfgScale), ("external_task_id", externalId),
            ("callback_url", callback), .. soundAndShots.Fields,
        ];
        command.SetAction((parse, cancellationToken) => CommandExecution.RunAsync(parse, host, cancellationToken, context =>
        {
            var target = context.Value(noWait) ? null : SaveTarget.From(context.Value(output), null, context.Value(overwrite), host);
            var request = new ImageToVideoRequest
            {
                Image = ImageArgument.ResolveOptional(context.Value(image), "--image", host),
                ImageTail = ImageArgument.ResolveOptional(context.Value(imageTail), "--image-tail", host),
                StaticMask = ImageArgument.ResolveOptional(context.Value(staticMask), "--static-mask", host),
                Prompt = context.Value(prompt),
                NegativePrompt = context.Value(negative),
                ModelName = context.Value(model),
                Mode = CreateOptions.ParseMode(context.Value(mode)),
                Duration = CreateOptions.ParseDuration(context.Value(duration)),
                CfgScale = context.Value(cfgScale),
                ExternalTaskId = context.Value(externalId),
                CallbackUrl = context.Value(callback),
            };
            soundAndShots.Apply(request, context);
            FieldAssignments.Apply(request, context.Value(set), named, context.Parse, host);
            return context.Runner.CreateAsync(KlingRoute.ImageToVideo, request, target, context.CancellationToken);
        }));
        return command;
    }
}
