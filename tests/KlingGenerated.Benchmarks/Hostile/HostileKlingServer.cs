using KlingGenerated.Testing;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace KlingGenerated.Benchmarks.Hostile;

// The server of the endless-body memory report: a KlingWireMock with a normal and an endless answer for a
// task query and for a video. It runs in the parent process, so none of its memory is in a client's peak.
internal static class HostileKlingServer
{
    public const string NormalTaskPrefix = "t-normal-";
    public const string EndlessTaskPrefix = "t-endless-";

    /// <summary>The normal video's length: 1 MiB.</summary>
    public const int VideoLength = 1024 * 1024;

    /// <summary>A small valid task, as the contract's GetImageToVideoTask answers it.</summary>
    private const string TaskJson = """
        {"code":0,"message":"SUCCEED","request_id":"0f6c2a4e-1d7b-4c1e-9a55-3a3b1c9d2e02","data":{"task_id":"861309198188019719","task_status":"succeed","task_status_msg":"","task_info":{"external_task_id":"order-1234-video-1"},"task_result":{"videos":[{"id":"7a1d2c3b-0000-4000-8000-000000000001","url":"https://cdn.klingai.com/videos/861309198188019719.mp4","duration":"5.1"}]},"watermark_info":{"enabled":false},"final_unit_deduction":"1","created_at":1773380633979,"updated_at":1773380712345}}
        """;

    // An answer that opens a string and never closes it: a reader cannot finish it before the limit.
    private const string EndlessTaskStart = "{\"code\":0,\"message\":\"";

    private static readonly ReadOnlyMemory<byte> LetterFiller = Enumerable.Repeat((byte)'a', 64 * 1024).ToArray();

    public static string TaskPath(string taskId) => "/kling/v1/videos/image2video/" + taskId;

    public static string VideoPath(bool endless, string name) => (endless ? "/cdn/endless/" : "/cdn/normal/") + name + ".mp4";

    public static WireMockServer Start()
    {
        var server = KlingWireMock.Start();
        server.Given(Request.Create().WithPath(new WildcardMatcher(TaskPath(NormalTaskPrefix + "*"))).UsingGet())
            .RespondWith(Json().WithBody(TaskJson));
        server.Given(Request.Create().WithPath(new WildcardMatcher(TaskPath(EndlessTaskPrefix + "*"))).UsingGet())
            .RespondWith(Json().WithBody(EndlessTaskStart).WithBodyFault(KlingBodyFault.Endless(LetterFiller)));

        // Deterministic and not all one byte, as a real file is not.
        var video = Enumerable.Range(0, VideoLength).Select(i => (byte)((i * 7) + 3)).ToArray();
        server.Given(Request.Create().WithPath(new WildcardMatcher(VideoPath(endless: false, "*"))).UsingGet())
            .RespondWith(Video().WithBody(video));
        server.Given(Request.Create().WithPath(new WildcardMatcher(VideoPath(endless: true, "*"))).UsingGet())
            .RespondWith(Video().WithBody(video[..(64 * 1024)]).WithBodyFault(KlingBodyFault.Endless()));
        return server;
    }

    private static IResponseBuilder Json() => Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json");

    private static IResponseBuilder Video() => Response.Create().WithStatusCode(200).WithHeader("Content-Type", "video/mp4");
}
