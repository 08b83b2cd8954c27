using System.Text.RegularExpressions;
using Microsoft.OpenApi;

namespace KlingGenerated.Tests.Spec;

/// <summary>
/// Every {name} in a path has a path parameter of that name, and every path parameter appears in its
/// path: NSwag builds the URL from both, so a mismatch makes a client method that calls the wrong route.
/// Microsoft.OpenApi's own rules do not catch it when the parameter is a reference.
/// </summary>
internal static partial class PathParameterRule
{
    public static IReadOnlyList<string> Check(LintedSpec spec)
    {
        var failures = new List<string>();
        foreach (var (path, item) in spec.Document?.Paths ?? [])
        {
            var inPath = Template().Matches(path).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
            foreach (var (method, operation) in item.Operations ?? [])
            {
                var where = $"{method.Method.ToUpperInvariant()} {path}";
                var declared = (item.Parameters ?? []).Concat(operation.Parameters ?? [])
                    .Where(p => p.In == ParameterLocation.Path && p.Name is not null)
                    .Select(p => p.Name!)
                    .ToHashSet(StringComparer.Ordinal);
                failures.AddRange(inPath.Except(declared).Select(name => $"{where}: the path has {{{name}}} but no path parameter named '{name}'."));
                failures.AddRange(declared.Except(inPath).Select(name => $"{where}: path parameter '{name}' does not appear in the path."));
            }
        }

        return failures;
    }

    [GeneratedRegex(@"\{([^{}/]+)\}")]
    private static partial Regex Template();
}
