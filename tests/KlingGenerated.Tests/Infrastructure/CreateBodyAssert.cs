using Newtonsoft.Json.Linq;

namespace KlingGenerated.Tests;

/// <summary>Compares a create's body with the expected one, allowing for the external_task_id the client generates.</summary>
internal static class CreateBodyAssert
{
    /// <summary>As expected, plus an external_task_id: the caller's, or a generated one when the caller gave none.</summary>
    public static void Equal(string expectedJson, JToken actual)
    {
        var expected = JObject.Parse(expectedJson);
        var sent = (JObject)actual.DeepClone();
        var id = sent.Value<string>("external_task_id");
        Assert.False(string.IsNullOrEmpty(id), "Every create must carry an external_task_id.");
        if (expected["external_task_id"] is null)
        {
            Assert.StartsWith(ExternalTaskIds.Prefix, id);
            sent.Remove("external_task_id");
        }

        Assert.True(JToken.DeepEquals(expected, sent), $"Expected {expected}\nbut the client sent {actual}");
    }
}
