using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Runtime.Serialization;

namespace KlingGenerated;

/// <summary>
/// Says in plain words which generated constraint a value broke, using the limits the attribute
/// carries (so the words follow the spec), and names values by their wire spelling.
/// </summary>
internal static class ConstraintMessages
{
    public static string Describe(ValidationAttribute constraint, object? value, string wireName) => constraint switch
    {
        RequiredAttribute when value is string => "must not be empty",
        RequiredAttribute => "is required",
        StringLengthAttribute length when value is string text && text.Length < length.MinimumLength =>
            length.MinimumLength == 1 ? "must not be empty" : $"must be at least {length.MinimumLength} characters (it has {text.Length})",
        StringLengthAttribute length when value is string text => $"must be at most {length.MaximumLength} characters (it has {text.Length})",
        MinLengthAttribute min when value is ICollection list => $"must have at least {Items(min.Length)} (it has {list.Count})",
        MaxLengthAttribute max when value is ICollection list => $"must have at most {Items(max.Length)} (it has {list.Count})",
        MinLengthAttribute min when value is string text => $"must be at least {min.Length} characters (it has {text.Length})",
        MaxLengthAttribute max when value is string text => $"must be at most {max.Length} characters (it has {text.Length})",
        RangeAttribute range => $"must be between {Number(range.Minimum)} and {Number(range.Maximum)} (it is {Number(value)})",
        _ => constraint.FormatErrorMessage(wireName),
    };

    /// <summary>For an enum value outside the generated members: the values the spec allows, as sent on the wire.</summary>
    public static string UndefinedEnum(Enum value)
    {
        var allowed = value.GetType().GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => field.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? field.Name);
        return $"must be one of {string.Join(", ", allowed.Select(v => $"\"{v}\""))} (it is {Number(Convert.ToInt64(value, CultureInfo.InvariantCulture))}, which the API does not know)";
    }

    private static string Items(int count) => count == 1 ? "1 item" : $"{count} items";

    private static string Number(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "missing";
}
