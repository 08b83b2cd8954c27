using Newtonsoft.Json.Linq;

namespace KlingGenerated.Tests.Spec;

/// <summary>One example of the spec, where it is, and the schema it must satisfy (null when it has none).</summary>
internal sealed record SpecExample(string Location, JToken Value, JToken? Schema);
