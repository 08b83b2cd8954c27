using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using WireMock;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace KlingGenerated.Testing;

/// <summary>
/// The sandbox's mappings on WireMock.Net: per route, how a request is checked (bearer key, content
/// type, the spec's request schema) and which part of the task book answers it. Each mapping's kind
/// is kept by its guid, so the request log can be read back by what answered.
/// </summary>
internal sealed class SandboxMappings(WireMockServer server, TaskBook book)
{
    public const int ScriptedPriority = 2;
    public const int DelayedQueryPriority = 3;
    public const int RoutePriority = 5;
    public const int ViolationPriority = 8;
    public const int UnknownRoutePriority = 9;

    internal static readonly IStringMatcher Bearer = new RegexMatcher(@"^Bearer \S+$");
    private static readonly IStringMatcher Json = new WildcardMatcher("*application/json*", ignoreCase: true);

    private readonly Dictionary<Guid, (string Kind, KlingRoute? Route)> _kinds = [];

    /// <summary>The folder holding the media the sandbox serves as results.</summary>
    public static string MediaDirectory => Path.Combine(AppContext.BaseDirectory, "contract", "media");

    /// <summary>Which kind of mapping answered (create, query, list, contract-violation ...), and on which route.</summary>
    public (string Kind, KlingRoute? Route)? KindOf(Guid? mapping)
    {
        lock (_kinds)
        {
            return mapping is { } guid && _kinds.TryGetValue(guid, out var kind) ? kind : null;
        }
    }

    /// <summary>Adds the sandbox's own mappings, the ones a reset brings back.</summary>
    public void AddAll()
    {
        foreach (var route in KlingRoutes.All)
        {
            var path = KlingRoutes.PathOf(route);
            Add("create", route, RoutePriority, Create(route), Answer(request => book.Create(route, request.Body ?? string.Empty, scriptedTaskId: null)));
            Add("contract-violation", route, ViolationPriority,
                Request.Create().WithPath(path).UsingPost().WithHeader("Authorization", Bearer),
                Answer(request => TaskBook.Violation(book.ExplainViolation(route, request.Body ?? string.Empty, ContentType(request)))));
            Add("query", route, RoutePriority, Query(route), Answer(request => book.Query(route, IdOf(request))));
            Add("list", route, RoutePriority,
                Request.Create().WithPath(path).UsingGet().WithHeader("Authorization", Bearer),
                Answer(request => book.List(route, Page(request, "pageNum", 1), Page(request, "pageSize", 30))));
        }

        foreach (var (extension, contentType, file) in new[] { ("mp4", "video/mp4", "kling-sandbox.mp4"), ("png", "image/png", "kling-sandbox.png") })
        {
            Add("media", null, RoutePriority,
                Request.Create().WithPath(new RegexMatcher($@"^/sandbox/media/[^/]+/[^/]+\.{extension}$")).UsingGet(),
                Response.Create().WithStatusCode(200).WithHeader("Content-Type", contentType).WithBodyFromFile(Path.Combine(MediaDirectory, file)));
        }

        Add("unknown-route", null, UnknownRoutePriority,
            Request.Create().WithPath(new RegexMatcher("^/kling/.*$")).WithHeader("Authorization", Bearer),
            Answer(_ => DeskAnswer.Json(404, TaskResponses.Error(1203, "Resource not found"))));

        // The 401 without a key is the contract's own mapping file.
        server.ReadStaticMappingAndAddOrUpdate(Path.Combine(ContractMappings.Directory, "MissingAuthorization.json"));
    }

    /// <summary>A route's creates within the contract: the checks a body must pass to reach the task book.</summary>
    public static IRequestBuilder Create(KlingRoute route) => Request.Create()
        .WithPath(KlingRoutes.PathOf(route)).UsingPost()
        .WithHeader("Authorization", Bearer)
        .WithHeader("Content-Type", Json)
        .WithBody(new RequestSchemaMatcher(KlingRoutes.CreateOperation(route)));

    /// <summary>A route's queries by id (WireMock.Net matches the decoded path, where an id may hold a '/').</summary>
    public static IRequestBuilder Query(KlingRoute route) => Request.Create()
        .WithPath(new RegexMatcher("^" + Regex.Escape(KlingRoutes.PathOf(route)) + "/.+$")).UsingGet()
        .WithHeader("Authorization", Bearer);

    /// <summary>Registers a mapping and remembers its kind; returns it for scenario settings.</summary>
    public Guid Add(string kind, KlingRoute? route, int priority, IRequestBuilder request, IResponseBuilder response,
        (string Scenario, string? WhenStateIs, string NextState)? scenario = null)
    {
        var guid = Guid.NewGuid();
        lock (_kinds)
        {
            _kinds[guid] = (kind, route);
        }

        var provider = server.Given(request).WithGuid(guid).AtPriority(priority).WithTitle($"Kling sandbox: {kind}{(route is null ? string.Empty : " on " + route)}");
        if (scenario is { } s)
        {
            provider = provider.InScenario(s.Scenario).WillSetStateTo(s.NextState);
            if (s.WhenStateIs is not null)
            {
                provider = provider.WhenStateIs(s.WhenStateIs);
            }
        }

        provider.RespondWith(response);
        return guid;
    }

    /// <summary>Forgets the kinds of every mapping (the server's mappings are reset beside it).</summary>
    public void Clear()
    {
        lock (_kinds)
        {
            _kinds.Clear();
        }
    }

    /// <summary>A response worked out in this process for each request, as the task book decides.</summary>
    public static IResponseBuilder Answer(Func<IRequestMessage, DeskAnswer> answer) =>
        Response.Create().WithCallback(request =>
        {
            DeskAnswer result;
            try
            {
                result = answer(request);
            }
#pragma warning disable CA1031 // A bug in the sandbox must reach the test as a 500 it can read, not as a hung request.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                result = DeskAnswer.Json(500, TaskResponses.Error(5000, "Kling sandbox failure: " + ex.Message));
            }

            return ToMessage(result);
        });

    private static ResponseMessage ToMessage(DeskAnswer answer)
    {
        var message = new ResponseMessage
        {
            StatusCode = answer.Status,
            BodyData = new BodyData { BodyAsString = answer.Body, DetectedBodyType = BodyType.String, Encoding = Encoding.UTF8 },
        };
        message.AddHeader("Content-Type", answer.ContentType);
        return message;
    }

    // From the path as sent: WireMock.Net's own paths are decoded once already.
    private static string IdOf(IRequestMessage request) =>
        KlingRoutes.TryParse(new Uri(request.AbsoluteUrl).AbsolutePath, out _, out var id) && id is not null ? id : string.Empty;

    private static string? ContentType(IRequestMessage request) =>
        request.Headers is { } headers && headers.TryGetValue("Content-Type", out var values) ? string.Join(", ", values) : null;

    private static int Page(IRequestMessage request, string name, int fallback) =>
        request.Query is { } query && query.TryGetValue(name, out var values) && values.Count > 0
            ? int.TryParse(values[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : -1
            : fallback;
}
