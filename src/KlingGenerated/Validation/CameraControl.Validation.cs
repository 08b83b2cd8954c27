namespace KlingGenerated;

// Adds to the generated camera_control: the rules between its fields that its schema cannot express.

// camera_control's rules: config only with type "simple", and then exactly one of its six values
// non-zero (each value's [-10, 10] range comes from the spec's own constraints).
public partial class CameraControl
{
    internal void CheckRules(string path, RequestWalker walker)
    {
        var configPath = RequestWalker.Join(path, "config");
        if (Type != CameraControlType.Simple)
        {
            if (Config is not null)
            {
                walker.Fail(configPath, "is only allowed when type is \"simple\"; the other types are preset moves without a config");
            }

            return;
        }

        if (Config is not { } config)
        {
            walker.Fail(configPath, "is required when type is \"simple\": set exactly one of horizontal, vertical, pan, tilt, roll or zoom");
            return;
        }

        (string Name, double? Value)[] values =
            [("horizontal", config.Horizontal), ("vertical", config.Vertical), ("pan", config.Pan), ("tilt", config.Tilt), ("roll", config.Roll), ("zoom", config.Zoom)];
        var nonZero = values.Where(v => v.Value is { } number && number != 0).Select(v => v.Name).ToList();
        if (nonZero.Count != 1)
        {
            walker.Fail(configPath, nonZero.Count == 0
                ? "must have exactly one non-zero value of horizontal, vertical, pan, tilt, roll or zoom (all are zero)"
                : $"must have exactly one non-zero value of horizontal, vertical, pan, tilt, roll or zoom (it has {nonZero.Count}: {string.Join(", ", nonZero)})");
        }
    }
}
