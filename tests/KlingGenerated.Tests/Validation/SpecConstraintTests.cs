namespace KlingGenerated.Tests.Validation;

/// <summary>
/// Every constraint keyword the spec puts on a request schema is exercised here: the table below lists
/// them, each row is broken just past the spec's own limit (and tried at the limit), and a test fails
/// when the spec and the table disagree, so a constraint added to the spec cannot go untested.
/// </summary>
public sealed class SpecConstraintTests
{
    /// <summary>The (schema, property, keyword) rows the tests below exercise.</summary>
    public static readonly (string Schema, string Property, string Keyword)[] Exercised =
    [
        ("CameraControl", "type", "enum"),
        ("CameraControl", "type", "required"),
        ("CameraControlConfig", "horizontal", "maximum"), ("CameraControlConfig", "horizontal", "minimum"),
        ("CameraControlConfig", "vertical", "maximum"), ("CameraControlConfig", "vertical", "minimum"),
        ("CameraControlConfig", "pan", "maximum"), ("CameraControlConfig", "pan", "minimum"),
        ("CameraControlConfig", "tilt", "maximum"), ("CameraControlConfig", "tilt", "minimum"),
        ("CameraControlConfig", "roll", "maximum"), ("CameraControlConfig", "roll", "minimum"),
        ("CameraControlConfig", "zoom", "maximum"), ("CameraControlConfig", "zoom", "minimum"),
        ("DynamicMask", "mask", "minLength"), ("DynamicMask", "mask", "required"),
        ("DynamicMask", "trajectories", "maxItems"), ("DynamicMask", "trajectories", "minItems"), ("DynamicMask", "trajectories", "required"),
        ("TrajectoryPoint", "x", "required"), ("TrajectoryPoint", "y", "required"),
        ("ImageToVideoRequest", "model_name", "minLength"),
        ("ImageToVideoRequest", "image", "minLength"),
        ("ImageToVideoRequest", "image_tail", "minLength"),
        ("ImageToVideoRequest", "prompt", "maxLength"),
        ("ImageToVideoRequest", "negative_prompt", "maxLength"),
        ("ImageToVideoRequest", "cfg_scale", "maximum"), ("ImageToVideoRequest", "cfg_scale", "minimum"),
        ("ImageToVideoRequest", "mode", "enum"),
        ("ImageToVideoRequest", "duration", "enum"),
        ("ImageToVideoRequest", "static_mask", "minLength"),
        ("ImageToVideoRequest", "dynamic_masks", "maxItems"),
        ("ImageToVideoRequest", "sound", "enum"),
        ("ImageToVideoRequest", "voice_list", "maxItems"),
        ("ImageToVideoRequest", "element_list", "maxItems"),
        ("ImageToVideoRequest", "shot_type", "enum"),
        ("ImageToVideoRequest", "multi_prompt", "maxItems"), ("ImageToVideoRequest", "multi_prompt", "minItems"),
        ("ImageToVideoRequest", "callback_url", "minLength"),
        ("ImageToVideoRequest", "external_task_id", "minLength"),
        ("VoiceReference", "voice_id", "minLength"), ("VoiceReference", "voice_id", "required"),
        ("ElementReference", "element_id", "required"),
        ("ShotPrompt", "index", "required"),
        ("ShotPrompt", "prompt", "maxLength"), ("ShotPrompt", "prompt", "required"),
        ("ShotPrompt", "duration", "minLength"), ("ShotPrompt", "duration", "required"),
        ("MultiImageToVideoRequest", "model_name", "minLength"),
        ("MultiImageToVideoRequest", "image_list", "maxItems"), ("MultiImageToVideoRequest", "image_list", "minItems"), ("MultiImageToVideoRequest", "image_list", "required"),
        ("MultiImageToVideoRequest", "prompt", "maxLength"), ("MultiImageToVideoRequest", "prompt", "minLength"), ("MultiImageToVideoRequest", "prompt", "required"),
        ("MultiImageToVideoRequest", "negative_prompt", "maxLength"),
        ("MultiImageToVideoRequest", "mode", "enum"),
        ("MultiImageToVideoRequest", "duration", "enum"),
        ("MultiImageToVideoRequest", "aspect_ratio", "enum"),
        ("MultiImageToVideoRequest", "callback_url", "minLength"),
        ("MultiImageToVideoRequest", "external_task_id", "minLength"),
        ("ImageListItem", "image", "minLength"), ("ImageListItem", "image", "required"),
        ("ImageGenerationRequest", "model_name", "minLength"),
        ("ImageGenerationRequest", "subject_image_list", "maxItems"), ("ImageGenerationRequest", "subject_image_list", "minItems"), ("ImageGenerationRequest", "subject_image_list", "required"),
        ("ImageGenerationRequest", "prompt", "maxLength"),
        ("ImageGenerationRequest", "scence_image", "minLength"),
        ("ImageGenerationRequest", "style_image", "minLength"),
        ("ImageGenerationRequest", "n", "maximum"), ("ImageGenerationRequest", "n", "minimum"),
        ("ImageGenerationRequest", "aspect_ratio", "enum"),
        ("ImageGenerationRequest", "callback_url", "minLength"),
        ("ImageGenerationRequest", "external_task_id", "minLength"),
        ("MultiImageToImageRequest", "model_name", "minLength"),
        ("MultiImageToImageRequest", "subject_image_list", "maxItems"), ("MultiImageToImageRequest", "subject_image_list", "minItems"), ("MultiImageToImageRequest", "subject_image_list", "required"),
        ("MultiImageToImageRequest", "prompt", "maxLength"),
        ("MultiImageToImageRequest", "negative_prompt", "maxLength"),
        ("MultiImageToImageRequest", "scene_image", "minLength"),
        ("MultiImageToImageRequest", "style_image", "minLength"),
        ("MultiImageToImageRequest", "n", "maximum"), ("MultiImageToImageRequest", "n", "minimum"),
        ("MultiImageToImageRequest", "aspect_ratio", "enum"),
        ("MultiImageToImageRequest", "callback_url", "minLength"),
        ("MultiImageToImageRequest", "external_task_id", "minLength"),
        ("SubjectImageItem", "subject_image", "minLength"), ("SubjectImageItem", "subject_image", "required"),
    ];

    public static TheoryData<string, string, string> Rows()
    {
        var rows = new TheoryData<string, string, string>();
        foreach (var (schema, property, keyword) in Exercised)
        {
            rows.Add(schema, property, keyword);
        }

        return rows;
    }

    [Fact]
    public void Spec_EveryConstraintOnARequestSchema_IsInTheExercisedTable()
    {
        var untested = SpecConstraints.All.Select(c => c.Key).Except(Exercised).ToList();
        var stale = Exercised.Except(SpecConstraints.All.Select(c => c.Key)).ToList();

        Assert.True(untested.Count == 0, "The spec has constraints no test exercises; add them to Exercised (and teach ConstraintBreaker a new keyword if needed): " + string.Join(", ", untested));
        Assert.True(stale.Count == 0, "Exercised lists constraints the spec no longer has: " + string.Join(", ", stale));
    }

    [Fact]
    public void Spec_EveryConstrainedRequestSchema_HasAValidRequestToTestItIn()
    {
        var constrained = SpecConstraints.All.Select(c => c.Schema).ToHashSet();

        Assert.Subset(ConstraintBreaker.Schemas.ToHashSet(), constrained);
        Assert.Subset(SpecConstraints.RequestSchemas(SpecDocument.Current).ToHashSet(), constrained);
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Validate_ValueJustPastTheSpecLimit_FailsAtItsWirePath(string schema, string property, string keyword)
    {
        var constraint = SpecConstraints.Find(schema, property, keyword);
        if (keyword == "required" && ConstraintBreaker.IsAlwaysSent(constraint, out var json))
        {
            // A non-nullable value type the generator marks Required.Always cannot be left out: it is always on the wire.
            Assert.Contains($"\"{property}\":", json);
            return;
        }

        var (request, path, mentions) = ConstraintBreaker.Break(constraint);

        var failures = KlingRequestValidator.GetFailures(request);

        var failure = Assert.Single(failures, f => f.Path == path);
        foreach (var mention in mentions)
        {
            Assert.Contains(mention, failure.Message);
        }
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Validate_ValueAtTheSpecLimit_Passes(string schema, string property, string keyword)
    {
        var (request, path) = ConstraintBreaker.AtLimit(SpecConstraints.Find(schema, property, keyword));

        // The spec's limits hold for every model; which of them one model takes is the capability map's (ModelCapabilityTests).
        var failures = KlingRequestValidator.GetFailures(request, checkModelCapabilities: false);

        Assert.DoesNotContain(failures, f => f.Path == path);
    }

    [Fact]
    public void Enums_GeneratedWireValues_AreTheSpecsValues()
    {
        foreach (var constraint in SpecConstraints.All.Where(c => c.Keyword == "enum"))
        {
            var (request, path, mentions) = ConstraintBreaker.Break(constraint);
            var message = Assert.Single(KlingRequestValidator.GetFailures(request), f => f.Path == path).Message;

            Assert.Equal(mentions.Length, message.Split("must be one of ")[1].Split(" (")[0].Split(", ").Length);
        }
    }
}
