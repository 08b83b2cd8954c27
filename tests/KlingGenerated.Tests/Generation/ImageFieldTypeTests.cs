using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Xml.Linq;
using Newtonsoft.Json;

namespace KlingGenerated.Tests.Generation;

/// <summary>
/// The spec's <c>format: kling-image</c> mark is what types a generated property KlingImage: the
/// generated models and the spec agree field for field, and no image field is left a string.
/// </summary>
public sealed class ImageFieldTypeTests
{
    private static readonly Type[] GeneratedModels =
    [
        .. from type in typeof(KlingClient).Assembly.GetTypes()
           where type.Namespace == "KlingGenerated" && type.IsClass && type.IsDefined(typeof(System.CodeDom.Compiler.GeneratedCodeAttribute), inherit: false)
           select type,
    ];

    [Fact]
    public void GeneratedModels_KlingImageProperties_AreTheSpecsMarkedFields()
    {
        var typed =
            from type in GeneratedModels
            from property in type.GetProperties()
            where property.PropertyType == typeof(KlingImage)
            select (type.Name, WireName(property));

        Assert.Equal(SpecImageFields.Marked.Order(), typed.Order());
    }

    [Fact]
    public void GeneratedRequestModels_NoStringPropertyIsAnImageField()
    {
        var marked = SpecImageFields.Marked.ToHashSet();
        var strings =
            from schema in Validation.SpecConstraints.RequestSchemas(SpecDocument.Current)
            let type = typeof(KlingClient).Assembly.GetType($"KlingGenerated.{schema}", throwOnError: true)!
            from property in type.GetProperties()
            where property.PropertyType == typeof(string) || property.PropertyType == typeof(IList<string>)
            select (schema, WireName: WireName(property));

        // An image field the spec forgot to mark would stay a string: the names give it away.
        var imageLike = strings.Where(s => marked.Contains(s) || s.WireName.Contains("image", StringComparison.Ordinal) || s.WireName.Contains("mask", StringComparison.Ordinal));

        Assert.Empty(imageLike);
    }

    [Fact]
    public void SpecMarkedFields_AreStrings_SoOtherGeneratorsSeeStrings()
    {
        foreach (var (schema, wireName) in SpecImageFields.Marked)
        {
            var property = SpecImageFields.Properties(schema).Single(p => p.Name == wireName);
            Assert.Equal("string", SpecDocument.Resolve(SpecDocument.Current, property.Value).Value<string>("type"));
        }
    }

    [Fact]
    public void GeneratedKlingImageProperties_HaveNoStringLength_AndKeepTheSpecsDescription()
    {
        var docs = XDocument.Load(Path.ChangeExtension(typeof(KlingClient).Assembly.Location, ".xml"));
        foreach (var (schema, wireName) in SpecImageFields.Marked)
        {
            var property = typeof(KlingClient).Assembly.GetType($"KlingGenerated.{schema}")!.GetProperties().Single(p => WireName(p) == wireName);
            Assert.Null(property.GetCustomAttribute<StringLengthAttribute>());

            var description = SpecImageFields.Properties(schema).Single(p => p.Name == wireName).Value.Value<string>("description")!;
            var summary = docs.Descendants("member").Single(m => m.Attribute("name")!.Value == $"P:KlingGenerated.{schema}.{property.Name}").Element("summary")!.Value;
            Assert.StartsWith(Words(description.Split('\n')[0]), Words(summary), StringComparison.Ordinal);
        }
    }

    private static string WireName(PropertyInfo property) => property.GetCustomAttribute<JsonPropertyAttribute>()?.PropertyName ?? property.Name;

    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
