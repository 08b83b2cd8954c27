namespace KlingGenerated;

/// <summary>One broken rule of a request: where, by JSON path in wire names, and what the rule says.</summary>
/// <param name="Path">The JSON path of the field, in wire names, for example <c>image_list[2].image</c>.</param>
/// <param name="Message">The rule in plain words, for example "must be at most 2500 characters (it has 2612)".</param>
public sealed record KlingValidationFailure(string Path, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Message}";
}
