using System.Text;

namespace KlingGenerated.Tests.Resilience;

public sealed class KlingResponseScanTests
{
    [Theory]
    [InlineData("""{"code":0,"message":"SUCCEED","data":{"task_id":"1","task_info":{}}}""", 0, "Present")]
    [InlineData("""{"message":"x","data":{},"code":1203}""", 1203, "Empty")]
    [InlineData("""{"code":0,"data":null}""", 0, "Null")]
    [InlineData("""{"code":0,"data":[]}""", 0, "Empty")]
    [InlineData("""{"code":0,"data":[{"task_id":"1"}]}""", 0, "Present")]
    [InlineData("""{"code":0}""", 0, "Absent")]
    public void Read_KlingEnvelope_FindsCodeAndDataShape(string body, int code, string data)
    {
        var scan = KlingResponseScan.Read(Encoding.UTF8.GetBytes(body));

        Assert.True(scan.IsJson);
        Assert.Equal(code, scan.Code);
        Assert.Equal(Enum.Parse<KlingDataShape>(data), scan.Data);
    }

    [Fact]
    public void Read_GatewayError_FindsItsCode()
    {
        var scan = KlingResponseScan.Read("""{"error":{"message":"m","type":"comet_api_error","param":"","code":"invalid_request"}}"""u8);

        Assert.True(scan.IsJson);
        Assert.Null(scan.Code);
        Assert.Equal("invalid_request", scan.GatewayCode);
    }

    [Theory]
    [InlineData("{\"code\":\"", "\"}")]
    [InlineData("{\"error\":{\"code\":\"", "\"}}")]
    public void Read_CodeNotValidUtf8_IsUnreadableRatherThanThrowing(string before, string after)
    {
        byte[] body = [.. Encoding.ASCII.GetBytes(before), 0xC3, 0x28, .. Encoding.ASCII.GetBytes(after)];

        var scan = KlingResponseScan.Read(body);

        Assert.False(scan.IsJson);
        Assert.Null(scan.Code);
    }

    [Theory]
    [InlineData("<html></html>")]
    [InlineData("""{"code":0,"data":{""")]
    [InlineData("[1,2]")]
    [InlineData("")]
    public void Read_NotAnEnvelope_IsNotJson(string body) =>
        Assert.False(KlingResponseScan.Read(Encoding.UTF8.GetBytes(body)).IsJson);

    [Fact]
    public async Task Read_BufferedContent_LeavesItReadableAfterwards()
    {
        using var content = new StringContent("""{"code":1303,"message":"busy"}""");
        await content.LoadIntoBufferAsync();

        Assert.Equal(1303, KlingResponseScan.Read(content).Code);
        Assert.Equal(1303, KlingResponseScan.Read(content).Code);
        Assert.Equal("""{"code":1303,"message":"busy"}""", await content.ReadAsStringAsync());
    }
}
