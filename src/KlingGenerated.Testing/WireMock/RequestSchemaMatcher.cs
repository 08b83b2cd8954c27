using System.Collections.Concurrent;
using AnyOfTypes;
using NJsonSchema;
using WireMock.Admin.Mappings;
using WireMock.Matchers;
using WireMock.Models;

namespace KlingGenerated.Testing;

/// <summary>
/// A WireMock.Net body matcher that passes a body when it validates against a create operation's
/// request schema in the spec (NJsonSchema does the validating). In a mapping file:
/// <c>"Body": { "Matcher": { "Name": "KlingRequestSchema", "Pattern": "CreateImageToVideoTask" } }</c>.
/// </summary>
public sealed class RequestSchemaMatcher : IStringMatcher
{
    /// <summary>The matcher's name in mapping files.</summary>
    public const string Name = "KlingRequestSchema";

    private static readonly Lazy<SpecRequestSchemas> Spec = new(() => SpecRequestSchemas.Load(SpecRequestSchemas.SpecFile));

    // The shipped spec's request schemas, read once per process for every matcher and sandbox.
    internal static SpecRequestSchemas SpecSchemas => Spec.Value;
    private static readonly ConcurrentDictionary<string, JsonSchema> Compiled = new(StringComparer.Ordinal);

    private readonly string _operationId;
    private readonly JsonSchema _schema;

    /// <summary>A matcher for the request body of <paramref name="operationId"/> in the spec shipped with this package.</summary>
    public RequestSchemaMatcher(string operationId, MatchBehaviour matchBehaviour = MatchBehaviour.AcceptOnMatch)
    {
        ArgumentException.ThrowIfNullOrEmpty(operationId);
        _operationId = operationId;
        _schema = SchemaOf(Spec.Value, operationId);
        MatchBehaviour = matchBehaviour;
    }

    string IMatcher.Name => Name;

    /// <inheritdoc />
    public MatchBehaviour MatchBehaviour { get; }

    /// <inheritdoc />
    public MatchOperator MatchOperator => MatchOperator.Or;

    /// <summary>What is wrong with <paramref name="body"/>, one line per problem; empty when it is within the schema.</summary>
    public IReadOnlyList<string> Problems(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return ["the body is empty"];
        }

        try
        {
            return _schema.Validate(body).Select(e => $"{e.Path}: {e.Kind}").ToList();
        }
        catch (Newtonsoft.Json.JsonException ex)
        {
            return ["the body is not JSON: " + ex.Message];
        }
    }

    /// <summary>
    /// The fields of <paramref name="body"/> that the spec does not name, by JSON path. The create
    /// schemas are open, so such a body still matches; this is how a test sees what it sent beyond the spec.
    /// </summary>
    public IReadOnlyList<string> UnknownFields(string? body) =>
        ContractExplainer.UnknownFields(Spec.Value.For(_operationId), body);

    /// <inheritdoc />
    public MatchResult IsMatch(string? input)
    {
        var withinSchema = Problems(input).Count == 0;
        var matched = withinSchema == (MatchBehaviour == MatchBehaviour.AcceptOnMatch);
        return MatchResult.From(Name, matched ? MatchScores.Perfect : MatchScores.Mismatch);
    }

    /// <inheritdoc />
    public AnyOf<string, StringPattern>[] GetPatterns() => [_operationId];

    /// <inheritdoc />
    public string GetCSharpCodeArguments() => $"new RequestSchemaMatcher(\"{_operationId}\")";

    // What WireMock.Net calls for a mapping file that names this matcher.
    internal static IMatcher FromModel(MatcherModel model)
    {
        var operationId = model.Pattern as string
            ?? throw new ArgumentException($"The {Name} matcher needs the operationId of a create as its Pattern.", nameof(model));
        return new RequestSchemaMatcher(operationId, model.RejectOnMatch == true ? MatchBehaviour.RejectOnMatch : MatchBehaviour.AcceptOnMatch);
    }

    internal static JsonSchema SchemaOf(SpecRequestSchemas spec, string operationId) =>
        Compiled.GetOrAdd(operationId, id => JsonSchema.FromJsonAsync(spec.For(id).ToString()).GetAwaiter().GetResult());
}
