using System.Reflection;
using System.Runtime.Serialization;

namespace KlingGenerated;

/// <summary>A generated enum member as it is sent ("pro", "10"), so rules compare and report wire values.</summary>
internal static class WireValues
{
    public static string Of<T>(T value) where T : struct, Enum =>
        typeof(T).GetField(value.ToString())?.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? value.ToString();
}
