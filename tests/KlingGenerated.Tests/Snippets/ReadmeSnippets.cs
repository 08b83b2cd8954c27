using KlingGenerated.Tests.Images;
using Newtonsoft.Json.Linq;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace KlingGenerated.Tests.Snippets;

/// <summary>
/// The README's code, compiled and run against WireMock. Each <c>#region Snippet:Name</c> is copied
/// verbatim into the README's <c>```csharp Snippet:Name</c> block; ReadmeSnippetTests keeps them equal.
/// </summary>
[Collection(WireMockCollection.Name)]
public sealed class ReadmeSnippets(WireMockFixture fixture) : IAsyncLifetime, IClassFixture<TempFolder>
{
    private readonly KlingClient kling = fixture.CreateClient();

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Validation_InvalidRequest_PrintsEveryFailureAndSendsNothing()
    {
        var output = await CaptureConsoleAsync(async () =>
        {
            #region Snippet:Validation
            var request = new ImageToVideoRequest
            {
                Image = KlingImage.FromUrl("https://example.com/cat.png"),
                ImageTail = KlingImage.FromUrl("https://example.com/cat-at-the-end.png"),
                CfgScale = 1.5,
                CameraControl = new CameraControl { Type = CameraControlType.DownBack },
            };

            try
            {
                await kling.CreateImageToVideoTaskAsync(request);
            }
            catch (KlingValidationException e)
            {
                // Nothing was sent. Every broken rule is listed, with its JSON path:
                foreach (var failure in e.Failures)
                {
                    Console.WriteLine($"{failure.Path}: {failure.Message}");
                }
            }
            #endregion
        });

        Assert.Contains("camera_control: cannot be combined with a tail frame", output);
        Assert.Contains("cfg_scale: must be between 0 and 1 (it is 1.5)", output);
        Assert.Empty(fixture.Server.ReceivedRequests());
    }

    [Fact]
    public async Task ExtraFields_FieldTheSpecDoesNotName_ReachesTheWire()
    {
        #region Snippet:ExtraFields
        var request = new ImageToVideoRequest
        {
            ModelName = KlingModels.KlingV26,
            Image = KlingImage.FromUrl("https://example.com/cat.png"),
            Prompt = "The cat meows.",
        };
        // A field this library does not name yet goes out as it is, beside the named ones.
        request.AdditionalProperties["enhance_prompt"] = "on";
        await kling.CreateImageToVideoTaskAsync(request);
        #endregion

        var sent = Assert.Single(fixture.Server.ReceivedRequests()).BodyAsJson();
        Assert.Equal("on", sent.Value<string>("enhance_prompt"));
        Assert.Equal("The cat meows.", sent.Value<string>("prompt"));
    }

    [Fact]
    public async Task Images_FilesBytesUrlsAndBase64_ReachTheWireAsTheSpecSays()
    {
        using var photos = new TempFolder();
        var catPath = TestImages.WritePng(photos.Path, "cat.png", 640, 480);
        var astronautPath = TestImages.WritePng(photos.Path, "astronaut.png", 480, 640);
        var dataUri = "data:image/png;base64," + Convert.ToBase64String(TestImages.Png(400, 400));

        #region Snippet:Images
        // A local file is checked before sending (JPEG or PNG, at most 10 MB, sides of at least
        // 300 px, aspect ratio between 1:2.5 and 2.5:1) and streamed into the body as Base64.
        var created = await kling.CreateImageToVideoTaskAsync(
            new ImageToVideoRequest { Image = KlingImage.FromFile(catPath), Prompt = "The cat turns its head and blinks." });

        // Every image field takes a KlingImage: a file, bytes, a stream, a URL, or Base64 (a data: prefix is stripped).
        var request = new MultiImageToVideoRequest
        {
            ModelName = KlingModels.KlingV16,
            ImageList =
            [
                new ImageListItem { Image = KlingImage.FromFile(astronautPath) },
                new ImageListItem { Image = KlingImage.FromUrl("https://example.com/moon.png") },
                new ImageListItem { Image = KlingImage.FromBase64(dataUri) },
            ],
            Prompt = "The astronauts got up and left.",
        };
        await kling.CreateMultiImageToVideoTaskAsync(request);
        #endregion

        Assert.Equal("submitted", created.Data!.TaskStatus);
        var sent = fixture.Server.ReceivedRequests();
        Assert.Equal(Convert.ToBase64String(File.ReadAllBytes(catPath)), sent[0].BodyAsJson().Value<string>("image"));
        var images = sent[1].BodyAsJson()["image_list"]!.Select(i => i.Value<string>("image"));
        Assert.Equal([Convert.ToBase64String(File.ReadAllBytes(astronautPath)), "https://example.com/moon.png", dataUri.Split(',')[1]], images);
    }

    [Fact]
    public async Task Errors_RetryableAndFinalRefusals_PrintCategoryCodeAndRequestId()
    {
        fixture.Server.Given(Request.Create().WithPath("/kling/v1/videos/image2video/busy").UsingGet()).AtPriority(1).RespondWith(Response.Create()
            .WithStatusCode(429)
            .WithHeader("Content-Type", "application/json")
            .WithHeader("Retry-After", "2")
            .WithBody("""{"code":1303,"message":"parallel task over resource pack limit","request_id":"req-1303"}"""));

        var busy = await CaptureConsoleAsync(() => ErrorsSnippetAsync(kling, "busy"));
        var anonymous = await CaptureConsoleAsync(() => ErrorsSnippetAsync(fixture.CreateClient(key: null), "861309198188019719"));

        Assert.Contains("Try again later (ConcurrencyLimit, code 1303, after 00:00:02); request_id req-1303", busy);
        Assert.Contains("Authentication: HTTP 401, Kling code 1001", anonymous);
    }

    private static async Task ErrorsSnippetAsync(KlingClient kling, string taskId)
    {
        #region Snippet:Errors
        try
        {
            var task = await kling.GetImageToVideoTaskAsync(taskId);
        }
        catch (KlingApiException e) when (e.IsRetryable)
        {
            // 1302, 1303, 5000-5002 and the gateway's 429/5xx: the same request can succeed later.
            Console.WriteLine($"Try again later ({e.Category}, code {e.KlingCode}, after {e.RetryAfter}); request_id {e.RequestId}");
        }
        catch (KlingApiException e)
        {
            // Authentication, AccountOrQuota, InvalidRequest, ContentPolicy, IpPolicy: fix something first.
            // e.Message never contains the API key.
            Console.WriteLine($"{e.Category}: HTTP {e.StatusCode}, Kling code {e.KlingCode}: {e.KlingMessage} (request_id {e.RequestId})");
        }
        #endregion
    }

    private static readonly SemaphoreSlim ConsoleGate = new(1, 1);

    private static async Task<string> CaptureConsoleAsync(Func<Task> action)
    {
        await ConsoleGate.WaitAsync();
        var original = Console.Out;
        using var captured = new StringWriter();
        Console.SetOut(captured);
        try
        {
            await action();
            return captured.ToString();
        }
        finally
        {
            Console.SetOut(original);
            ConsoleGate.Release();
        }
    }
}
