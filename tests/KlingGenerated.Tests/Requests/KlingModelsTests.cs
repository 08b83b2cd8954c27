using System.Reflection;
using System.Text.RegularExpressions;

namespace KlingGenerated.Tests.Requests;

public sealed partial class KlingModelsTests
{
    [Fact]
    public void Constants_AreTheModelsTheSpecLists()
    {
        var description = SpecDocument.Current.SelectToken("components.schemas.ModelName.description")!.ToString();
        var listed = ModelName().Matches(description).Select(m => m.Value).ToHashSet();

        var constants = typeof(KlingModels).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToHashSet();

        Assert.NotEmpty(listed);
        Assert.Equal(listed.Order(), constants.Order());
    }

    [GeneratedRegex(@"kling-v[0-9a-z-]*[0-9a-z]")]
    private static partial Regex ModelName();
}
