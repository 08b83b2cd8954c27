namespace KlingGenerated.Tests.Validation;

/// <summary>The rules a schema cannot express (kling-api.md §3.3-3.4), one test per rule.</summary>
public sealed class CrossFieldRuleTests
{
    private static readonly KlingImage Url = KlingImage.FromUrl("https://example.com/cat.png");

    [Fact]
    public void Validate_TailFrameWithMotionBrush_FailsAtTheBrush()
    {
        var request = new ImageToVideoRequest { Image = Url, ImageTail = Url, StaticMask = Url };

        var failure = Assert.Single(Failures(request));

        Assert.Equal("static_mask", failure.Path);
        Assert.Contains("cannot be combined with a tail frame (image_tail)", failure.Message);
    }

    [Fact]
    public void Validate_TailFrameWithCameraControl_FailsAtCameraControl()
    {
        var request = new ImageToVideoRequest { Image = Url, ImageTail = Url, CameraControl = Zoom(5) };

        var failure = Assert.Single(Failures(request));

        Assert.Equal("camera_control", failure.Path);
    }

    [Fact]
    public void Validate_DynamicMasksWithCameraControl_FailsAtCameraControl()
    {
        var request = new ImageToVideoRequest { Image = Url, DynamicMasks = [Mask(2)], CameraControl = Zoom(5) };

        var failure = Assert.Single(Failures(request));

        Assert.Equal("camera_control", failure.Path);
        Assert.Contains("motion brush", failure.Message);
    }

    [Fact]
    public void Validate_AllThreeGroups_ReportsEachExtraGroup()
    {
        var request = new ImageToVideoRequest { Image = Url, ImageTail = Url, DynamicMasks = [Mask(2)], CameraControl = Zoom(5) };

        var paths = Failures(request).Select(f => f.Path);

        Assert.Equal(["dynamic_masks", "camera_control"], paths);
    }

    [Fact]
    public void Validate_StaticAndDynamicMasksTogether_AreOneGroupAndPass()
    {
        var request = new ImageToVideoRequest { Image = Url, StaticMask = Url, DynamicMasks = [Mask(2)] };

        Assert.Empty(Failures(request));
    }

    [Theory]
    [InlineData(VideoDuration.Five)]
    [InlineData(VideoDuration.Ten)]
    [InlineData(VideoDuration.Fifteen)]
    [InlineData(null)]
    public void Validate_TailFrameWithAnyDuration_Passes(VideoDuration? duration)
    {
        // Which lengths a tail frame allows depends on the model: the capability map says (ModelCapabilityTests).
        Assert.Empty(Failures(new ImageToVideoRequest { Image = Url, ImageTail = Url, Duration = duration, Mode = GenerationMode.Professional }));
    }

    [Fact]
    public void Validate_TailFrameWithoutImage_Passes()
    {
        Assert.Empty(Failures(new ImageToVideoRequest { ImageTail = Url, Duration = VideoDuration.Ten }));
    }

    [Fact]
    public void Validate_NeitherImageNorTailFrame_FailsNamingBoth()
    {
        var failure = Assert.Single(Failures(new ImageToVideoRequest { Prompt = "The cat blinks." }));

        Assert.Equal("image", failure.Path);
        Assert.Equal("is required unless image_tail is given: set image, image_tail or both", failure.Message);
    }

    [Fact]
    public void Validate_EmptyImageWithoutTailFrame_FailsOnceAtImage()
    {
        var failure = Assert.Single(Failures(new ImageToVideoRequest { Image = KlingImage.FromBytes(ReadOnlyMemory<byte>.Empty) }));

        Assert.Equal("image", failure.Path);
    }

    [Fact]
    public void Validate_TenSecondsWithoutTailFrame_Passes()
    {
        Assert.Empty(Failures(new ImageToVideoRequest { Image = Url, Duration = VideoDuration.Ten }));
    }

    [Theory]
    [InlineData(CameraControlType.DownBack)]
    [InlineData(CameraControlType.ForwardUp)]
    [InlineData(CameraControlType.RightTurnForward)]
    [InlineData(CameraControlType.LeftTurnForward)]
    public void Validate_ConfigWithPresetType_FailsAtConfig(CameraControlType type)
    {
        var request = new ImageToVideoRequest { Image = Url, CameraControl = new CameraControl { Type = type, Config = new CameraControlConfig { Pan = 3 } } };

        var failure = Assert.Single(Failures(request));

        Assert.Equal("camera_control.config", failure.Path);
        Assert.Contains("only allowed when type is \"simple\"", failure.Message);
    }

    [Fact]
    public void Validate_PresetTypeWithoutConfig_Passes()
    {
        var request = new ImageToVideoRequest { Image = Url, CameraControl = new CameraControl { Type = CameraControlType.DownBack } };

        Assert.Empty(Failures(request));
    }

    [Fact]
    public void Validate_SimpleWithoutConfig_FailsAtConfig()
    {
        var request = new ImageToVideoRequest { Image = Url, CameraControl = new CameraControl { Type = CameraControlType.Simple } };

        var failure = Assert.Single(Failures(request));

        Assert.Equal("camera_control.config", failure.Path);
        Assert.Contains("is required", failure.Message);
    }

    [Fact]
    public void Validate_SimpleWithTwoNonZeroValues_NamesBoth()
    {
        var config = new CameraControlConfig { Pan = 2, Zoom = -3, Tilt = 0 };
        var request = new ImageToVideoRequest { Image = Url, CameraControl = new CameraControl { Type = CameraControlType.Simple, Config = config } };

        var failure = Assert.Single(Failures(request));

        Assert.Equal("camera_control.config", failure.Path);
        Assert.Contains("it has 2: pan, zoom", failure.Message);
    }

    [Fact]
    public void Validate_SimpleWithAllZero_FailsAtConfig()
    {
        var config = new CameraControlConfig { Horizontal = 0, Vertical = 0 };
        var request = new ImageToVideoRequest { Image = Url, CameraControl = new CameraControl { Type = CameraControlType.Simple, Config = config } };

        var failure = Assert.Single(Failures(request));

        Assert.Contains("all are zero", failure.Message);
    }

    [Theory]
    [InlineData(-10)]
    [InlineData(10)]
    [InlineData(0.5)]
    public void Validate_SimpleWithOneNonZeroValueInRange_Passes(double value)
    {
        Assert.Empty(Failures(new ImageToVideoRequest { Image = Url, CameraControl = Zoom(value) }));
    }

    [Fact]
    public void Validate_SimpleWithValueOutOfRange_FailsAtThatValue()
    {
        var failure = Assert.Single(Failures(new ImageToVideoRequest { Image = Url, CameraControl = Zoom(10.5) }));

        Assert.Equal("camera_control.config.zoom", failure.Path);
        Assert.Contains("between -10 and 10", failure.Message);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    [InlineData(77, true)]
    [InlineData(78, false)]
    public void Validate_TrajectoryPointCount_MustBeTwoToSeventySeven(int points, bool valid)
    {
        var request = new ImageToVideoRequest { Image = Url, DynamicMasks = [Mask(2), Mask(points)] };

        var failures = Failures(request);

        Assert.Equal(valid ? [] : ["dynamic_masks[1].trajectories"], failures.Select(f => f.Path));
    }

    [Theory]
    [InlineData(6, true)]
    [InlineData(7, false)]
    public void Validate_DynamicMaskCount_IsAtMostSix(int masks, bool valid)
    {
        var request = new ImageToVideoRequest { Image = Url, DynamicMasks = [.. Enumerable.Range(0, masks).Select(_ => Mask(2))] };

        var failures = Failures(request);

        Assert.Equal(valid ? [] : ["dynamic_masks"], failures.Select(f => f.Path));
    }

    [Fact]
    public void Validate_VoiceListWithElementList_FailsAtElementListNamingBoth()
    {
        var request = new ImageToVideoRequest
        {
            Image = Url,
            VoiceList = [new VoiceReference { VoiceId = "voice-1" }],
            ElementList = [new ElementReference { ElementId = 1 }],
        };

        var failure = Assert.Single(Failures(request));

        Assert.Equal("element_list", failure.Path);
        Assert.Equal("cannot be combined with voice_list: send voice_list or element_list, not both", failure.Message);
    }

    [Fact]
    public void Validate_VoiceListOrElementListAlone_Passes()
    {
        Assert.Empty(Failures(new ImageToVideoRequest { Image = Url, VoiceList = [new VoiceReference { VoiceId = "voice-1" }], ElementList = [] }));
        Assert.Empty(Failures(new ImageToVideoRequest { Image = Url, ElementList = [new ElementReference { ElementId = 1 }] }));
    }

    private static CameraControl Zoom(double zoom) =>
        new() { Type = CameraControlType.Simple, Config = new CameraControlConfig { Zoom = zoom } };

    private static DynamicMask Mask(int points) =>
        new() { Mask = Url, Trajectories = [.. Enumerable.Range(0, points).Select(i => new TrajectoryPoint { X = i, Y = i })] };

    // These rules hold for every model; what one model supports is checked apart (ModelCapabilityTests).
    private static IReadOnlyList<KlingValidationFailure> Failures(object request) => KlingRequestValidator.GetFailures(request, checkModelCapabilities: false);
}
