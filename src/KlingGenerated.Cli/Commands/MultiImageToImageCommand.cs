using System.CommandLine;

namespace KlingGenerated.Cli.Commands;

/// <summary><c>kling multi-image2image</c>: one to four subject images, with a scene and a style, to images (the newer route).</summary>
internal static class MultiImageToImageCommand
{
    private static readonly Dictionary<string, ImageAspectRatio> AspectRatios = new()
    {
        ["16:9"] = ImageAspectRatio.Landscape16x9, ["9:16"] = ImageAspectRatio.Portrait9x16, ["1:1"] = ImageAspectRatio.Square1x1,
        ["4:3"] = ImageAspectRatio.Landscape4x3, ["3:4"] = ImageAspectRatio.Portrait3x4, ["3:2"] = ImageAspectRatio.Landscape3x2,
        ["2:3"] = ImageAspectRatio.Portrait2x3, ["21:9"] = ImageAspectRatio.Ultrawide21x9,
    };

    public static Command Create(CliHost host)
    {
        var subjects = new Option<string[]>("--subject") { Description = "A subject image (file or http(s) URL); give it 1 to 4 times.", Required = true, Arity = ArgumentArity.OneOrMore };
        var scene = new Option<string?>("--scene") { Description = "A scene reference image (file or URL)." };
        var style = new Option<string?>("--style") { Description = "A style reference image (file or URL)." };
        var count = new Option<int?>("--n") { Description = "How many images to generate, 1 to 9." };
        var aspectRatio = new Option<string?>("--aspect-ratio") { Description = "One of " + string.Join(", ", AspectRatios.Keys) + "." }.AcceptOnlyFromAmong([.. AspectRatios.Keys]);
        var (prompt, model, externalId, callback, outDir, noWait) = (CreateOptions.Prompt(), CreateOptions.Model(), CreateOptions.ExternalTaskId(), CreateOptions.CallbackUrl(), CreateOptions.OutDir(), CreateOptions.NoWait());
        var (overwrite, set) = (CreateOptions.Overwrite(), CreateOptions.Set());
        var command = new Command("multi-image2image", "Turn one to four subject images (with an optional scene and style) into images.")
        {
            subjects, scene, style, prompt, model, count, aspectRatio, externalId, callback, outDir, noWait, overwrite, set,
        };
        (string, Option)[] named =
        [
            ("subject_image_list", subjects), ("scene_image", scene), ("style_image", style), ("prompt", prompt), ("model_name", model),
            ("n", count), ("aspect_ratio", aspectRatio), ("external_task_id", externalId), ("callback_url", callback),
        ];
        command.SetAction((parse, cancellationToken) => CommandExecution.RunAsync(parse, host, cancellationToken, context =>
        {
            var target = context.Value(noWait) ? null : SaveTarget.From(null, context.Value(outDir), context.Value(overwrite), host);
            var request = new MultiImageToImageRequest
            {
                SubjectImageList = context.Value(subjects).Select(s => new SubjectImageItem { SubjectImage = ImageArgument.Resolve(s, "--subject", host) }).ToList(),
                SceneImage = ImageArgument.ResolveOptional(context.Value(scene), "--scene", host),
                StyleImage = ImageArgument.ResolveOptional(context.Value(style), "--style", host),
                Prompt = context.Value(prompt),
                ModelName = context.Value(model),
                N = context.Value(count),
                AspectRatio = context.Value(aspectRatio) is { } ratio ? AspectRatios[ratio] : null,
                ExternalTaskId = context.Value(externalId),
                CallbackUrl = context.Value(callback),
            };
            FieldAssignments.Apply(request, context.Value(set), named, context.Parse, host);
            return context.Runner.CreateAsync(KlingRoute.MultiImageToImage, request, target, context.CancellationToken, maxResults: request.N ?? 1);
        }));
        return command;
    }
}
