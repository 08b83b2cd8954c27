namespace KlingGenerated.Tests.Spec;

/// <summary>
/// Every response that has a body (all but 1xx, 204, 205 and 304) declares content, and every media type
/// of it a schema: the generator types the result from it, and the sandbox and the contract tests check
/// bodies against it. References that point nowhere are left to <see cref="ReferenceRule"/>.
/// </summary>
internal static class ResponseSchemaRule
{
    public static IReadOnlyList<string> Check(LintedSpec spec)
    {
        var failures = new List<string>();
        foreach (var (path, item) in spec.Document?.Paths ?? [])
        {
            foreach (var (method, operation) in item.Operations ?? [])
            {
                if (method == HttpMethod.Head)
                {
                    continue;
                }

                foreach (var (status, response) in operation.Responses ?? [])
                {
                    var where = $"{method.Method.ToUpperInvariant()} {path}, response {status}";
                    if (response is Microsoft.OpenApi.OpenApiResponseReference { Target: null } || SpecOperations.HasNoBody(status))
                    {
                        continue;
                    }

                    if (response.Content is not { Count: > 0 } content)
                    {
                        failures.Add($"{where}: no content, so no schema (only 1xx, 204, 205 and 304 go without a body).");
                        continue;
                    }

                    failures.AddRange(
                        from media in content
                        where media.Value.Schema is null
                        select $"{where}, {media.Key}: no schema.");
                }
            }
        }

        return failures;
    }
}
