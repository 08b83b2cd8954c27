using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Newtonsoft.Json;

namespace KlingGenerated;

/// <summary>
/// The serialized properties of a generated request type, with their wire names and the
/// DataAnnotations NSwag generated from the spec's constraints. Read once per type by reflection,
/// so a limit changed in the spec reaches validation through the regenerated attributes alone.
/// </summary>
internal sealed class DtoShape
{
    private static readonly ConcurrentDictionary<Type, DtoShape> Shapes = new();

    private DtoShape(Type type)
    {
        Properties =
        [
            .. from property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
               let json = property.GetCustomAttribute<JsonPropertyAttribute>()
               where json?.PropertyName is not null && property.GetMethod is not null
               select new DtoProperty(property, json.PropertyName!, [.. property.GetCustomAttributes<ValidationAttribute>()]),
        ];
        ExtraFields = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .FirstOrDefault(property => property.IsDefined(typeof(JsonExtensionDataAttribute)) && property.GetMethod is not null);
    }

    // Arrays, not IReadOnlyList: every create walks these, and foreach over an interface boxes an enumerator.
    public DtoProperty[] Properties { get; }

    /// <summary>
    /// The bag of extra fields serialized beside the named ones (the AdditionalProperties NSwag
    /// generates for an open schema), or null for a closed one.
    /// </summary>
    public PropertyInfo? ExtraFields { get; }

    public static DtoShape Of(Type type) => Shapes.GetOrAdd(type, static t => new DtoShape(t));

    /// <summary>Whether a value is one of the generated models (not a string, list or enum).</summary>
    public static bool IsModel(object value) =>
        value.GetType() is { IsClass: true } type && type.Assembly == typeof(DtoShape).Assembly && type.Namespace == typeof(DtoShape).Namespace
        && type.IsDefined(typeof(System.CodeDom.Compiler.GeneratedCodeAttribute), inherit: false);
}

/// <summary>One serialized property: how to read it, its wire name, and its generated constraints.</summary>
internal sealed record DtoProperty(PropertyInfo Property, string WireName, ValidationAttribute[] Constraints)
{
    public object? GetValue(object owner) => Property.GetValue(owner);
}
