namespace KlingGenerated.Tests.Spec;

/// <summary>What OpenAPI 3.0 allows as an operation's key in a path item, and which responses carry no body.</summary>
internal static class SpecOperations
{
    public static readonly IReadOnlySet<string> Methods = new HashSet<string>(StringComparer.Ordinal)
    {
        "get", "put", "post", "delete", "options", "head", "patch", "trace",
    };

    /// <summary>1xx, 204, 205 and 304 have no body by HTTP's rules, so no schema either.</summary>
    public static bool HasNoBody(string status) =>
        status is "204" or "205" or "304" || status.StartsWith('1');
}
