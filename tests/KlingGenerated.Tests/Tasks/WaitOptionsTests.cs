namespace KlingGenerated.Tests.Tasks;

public sealed class WaitOptionsTests
{
    [Fact]
    public void Defaults_DocumentedValues()
    {
        var options = new KlingWaitOptions();

        Assert.Equal(TimeSpan.FromSeconds(2), options.InitialDelay);
        Assert.Equal(TimeSpan.FromSeconds(2), options.PollInterval);
        Assert.Equal(1.1, options.BackoffFactor);
        Assert.Equal(TimeSpan.FromSeconds(30), options.MaxPollInterval);
        Assert.Equal(0.1, options.Jitter);
        Assert.Equal(TimeSpan.FromMinutes(30), options.Timeout);
    }

    [Theory]
    [InlineData(nameof(KlingWaitOptions.PollInterval))]
    [InlineData(nameof(KlingWaitOptions.MaxPollInterval))]
    [InlineData(nameof(KlingWaitOptions.BackoffFactor))]
    [InlineData(nameof(KlingWaitOptions.Jitter))]
    [InlineData(nameof(KlingWaitOptions.Timeout))]
    [InlineData(nameof(KlingWaitOptions.InitialDelay))]
    public async Task WaitForCompletionAsync_InvalidOption_ThrowsNamingIt(string name)
    {
        var options = new KlingWaitOptions();
        switch (name)
        {
            case nameof(KlingWaitOptions.PollInterval): options.PollInterval = TimeSpan.Zero; break;
            case nameof(KlingWaitOptions.MaxPollInterval): options.MaxPollInterval = TimeSpan.FromSeconds(1); break;
            case nameof(KlingWaitOptions.BackoffFactor): options.BackoffFactor = 0.5; break;
            case nameof(KlingWaitOptions.Jitter): options.Jitter = 1; break;
            case nameof(KlingWaitOptions.Timeout): options.Timeout = TimeSpan.Zero; break;
            default: options.InitialDelay = TimeSpan.FromSeconds(-1); break;
        }

        var operation = new KlingClient(new HttpClient()).GetTaskOperation(KlingRoute.ImageToVideo, "t");

        var refused = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => operation.WaitForCompletionAsync(options, null));
        Assert.Equal(name, refused.ParamName);
        Assert.Contains("KlingWaitOptions." + name, refused.Message);
    }

    [Fact]
    public void NextDelay_Defaults_GrowByTheFactorUpToTheCap()
    {
        var schedule = new PollSchedule(new KlingWaitOptions { Jitter = 0 }, () => 0.5);

        var delays = Enumerable.Range(0, 40).Select(_ => schedule.NextDelay()).ToList();

        Assert.Equal(TimeSpan.FromSeconds(2), delays[0]);
        Assert.Equal(TimeSpan.FromSeconds(2.2), delays[1]);
        Assert.All(delays.Zip(delays.Skip(1)), pair => Assert.True(pair.Second >= pair.First));
        Assert.Equal(TimeSpan.FromSeconds(30), delays[^1]);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.5)]
    [InlineData(0.999)]
    public void NextDelay_Jitter_OnlyShortens(double random)
    {
        var plain = new PollSchedule(new KlingWaitOptions { Jitter = 0 }, () => random);
        var jittered = new PollSchedule(new KlingWaitOptions { Jitter = 0.1 }, () => random);

        for (var i = 0; i < 30; i++)
        {
            var nominal = plain.NextDelay();
            var actual = jittered.NextDelay();
            Assert.InRange(actual, nominal * 0.9, nominal);
        }
    }

    [Fact]
    public void RehydrationToken_RoundTrip_KeepsRouteIdAndExternalId()
    {
        var token = TaskRehydrationToken.Create(KlingRoute.ImageGeneration, "861309198188020001", "order-7");

        Assert.Equal((KlingRoute.ImageGeneration, "861309198188020001", "order-7"), TaskRehydrationToken.Parse(token));
        Assert.Contains("images/generations", token);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"v\":2,\"route\":\"videos/image2video\",\"id\":\"1\"}")]
    [InlineData("{\"v\":1,\"route\":\"videos/text2video\",\"id\":\"1\"}")]
    [InlineData("{\"v\":1,\"route\":\"videos/image2video\"}")]
    public void RehydrateTaskOperation_NotAToken_ThrowsArgumentException(string token)
    {
        var client = new KlingClient(new HttpClient());

        var refused = Assert.ThrowsAny<ArgumentException>(() => client.RehydrateTaskOperation(token));
        Assert.Equal("token", refused.ParamName);
    }
}
