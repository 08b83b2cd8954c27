namespace KlingGenerated.Tests.Errors;

/// <summary>Kling codes of any size or JSON type: the error handling reads them without crashing and keeps the raw text.</summary>
public sealed class KlingCodeParsingTests
{
    private static readonly IReadOnlyDictionary<string, IEnumerable<string>> NoHeaders = new Dictionary<string, IEnumerable<string>>();

    [Theory]
    [InlineData("1099511627776", "1099511627776")]
    [InlineData("1180591620717411303424", "1180591620717411303424")]
    [InlineData("1.5", "1.5")]
    [InlineData("true", "true")]
    [InlineData("{\"a\":1}", "{\"a\":1}")]
    [InlineData("\"E42\"", "E42")]
    public void CodeThatIsNotAnInt_IsKeptAsText(string code, string shown)
    {
        var error = new KlingApiException("generated", 400, $$"""{"code":{{code}},"message":"odd code","request_id":"r-1"}""", NoHeaders, null);

        Assert.Null(error.KlingCode);
        Assert.Contains(shown, error.Message);
        Assert.Contains("odd code", error.Message);
        Assert.Equal(KlingErrorCategory.Unknown, error.Category);
        Assert.False(error.IsRetryable);
    }

    [Theory]
    [InlineData("\"1303\"", 1303, KlingErrorCategory.ConcurrencyLimit)]
    [InlineData("-1", -1, KlingErrorCategory.Unknown)]
    public void NumericCode_InAnyForm_IsReadAsItsNumber(string code, int expected, KlingErrorCategory category)
    {
        var error = new KlingApiException("generated", 429, $$"""{"code":{{code}},"message":"m"}""", NoHeaders, null);

        Assert.Equal(expected, error.KlingCode);
        Assert.Equal(category, error.Category);
    }
}
