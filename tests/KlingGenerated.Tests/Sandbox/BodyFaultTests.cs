using System.Text;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace KlingGenerated.Tests.Sandbox;

/// <summary>The hostile bodies the Testing package plays on a real loopback connection, read with a plain HttpClient.</summary>
[Collection(WireMockCollection.Name)]
public sealed class BodyFaultTests(WireMockFixture fixture) : IAsyncLifetime
{
    private static readonly byte[] Body = Encoding.ASCII.GetBytes("{\"code\":0,\"message\":\"SUCCEED\"}");

    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync()
    {
        _http.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_drip_sends_the_body_in_flushed_pieces_of_the_given_size()
    {
        using var response = await GetAsync("/drip", KlingBodyFault.Drip(4, TimeSpan.FromMilliseconds(150)));
        await using var stream = await response.Content.ReadAsStreamAsync();

        var pieces = new List<int>();
        var received = new MemoryStream();
        var buffer = new byte[1024];
        int read;
        while ((read = await stream.ReadAsync(buffer)) > 0)
        {
            pieces.Add(read);
            received.Write(buffer, 0, read);
        }

        Assert.Equal(Body, received.ToArray());
        // Pieces that arrive while the reader is busy may be read together; the first cannot be.
        Assert.InRange(pieces[0], 1, 4);
        Assert.True(pieces.Count >= 3, $"Expected the body in several reads, got {pieces.Count}.");
        Assert.False(response.Headers.Contains(KlingFaultMiddleware.BodyHeader));
    }

    [Fact]
    public async Task A_stall_sends_the_first_bytes_then_nothing_while_the_connection_stays_open()
    {
        using var response = await GetAsync("/stall", KlingBodyFault.StallAfter(5));
        await using var stream = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[64];

        var first = await ReadAtLeastAsync(stream, buffer, 5);
        var next = stream.ReadAsync(buffer).AsTask();
        var winner = await Task.WhenAny(next, Task.Delay(TimeSpan.FromMilliseconds(300)));

        Assert.Equal(Body[..5], buffer[..first]);
        Assert.NotSame(next, winner);
    }

    [Fact]
    public async Task An_endless_body_follows_the_body_with_the_filler_for_as_long_as_the_client_reads()
    {
        var filler = Encoding.ASCII.GetBytes("ab");
        using var response = await GetAsync("/endless", KlingBodyFault.Endless(filler));
        await using var stream = await response.Content.ReadAsStreamAsync();
        const int Wanted = 4 * 1024 * 1024;
        var buffer = new byte[Wanted];

        var read = await ReadAtLeastAsync(stream, buffer, Wanted);

        Assert.Equal(Wanted, read);
        Assert.Null(response.Content.Headers.ContentLength);
        Assert.Equal(Body, buffer[..Body.Length]);
        Assert.Equal("abababab", Encoding.ASCII.GetString(buffer, Wanted - 8, 8));
    }

    [Fact]
    public async Task A_declared_length_is_sent_as_is_and_the_connection_closes_after_the_real_bytes()
    {
        using var response = await GetAsync("/declared", KlingBodyFault.DeclaredLength(int.MaxValue));
        await using var stream = await response.Content.ReadAsStreamAsync();

        Assert.Equal(int.MaxValue, response.Content.Headers.ContentLength);
        var copy = new MemoryStream();
        await Assert.ThrowsAsync<HttpIOException>(() => stream.CopyToAsync(copy));
        Assert.Equal(Body, copy.ToArray());
    }

    [Fact]
    public async Task The_server_answers_normally_after_a_client_left_a_stalled_body()
    {
        using (var stalled = await GetAsync("/stall-then-leave", KlingBodyFault.StallAfter(0)))
        {
            Assert.Equal(200, (int)stalled.StatusCode);
        }

        fixture.Server.Given(Request.Create().WithPath("/plain").UsingGet()).RespondWith(Response.Create().WithBody(Body));
        var plain = await _http.GetByteArrayAsync(new Uri(fixture.BaseUri, "plain"));

        Assert.Equal(Body, plain);
    }

    private async Task<HttpResponseMessage> GetAsync(string path, KlingBodyFault fault)
    {
        fixture.Server.Given(Request.Create().WithPath(path).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(Body).WithBodyFault(fault));
        return await _http.GetAsync(new Uri(fixture.BaseUri, path.TrimStart('/')), HttpCompletionOption.ResponseHeadersRead);
    }

    private static async Task<int> ReadAtLeastAsync(Stream stream, byte[] buffer, int count) =>
        await stream.ReadAtLeastAsync(buffer.AsMemory(0, count), count, throwOnEndOfStream: true);
}
