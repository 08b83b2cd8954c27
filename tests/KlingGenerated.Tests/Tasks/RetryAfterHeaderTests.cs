using System.Net.Http.Headers;

namespace KlingGenerated.Tests.Tasks;

public sealed class RetryAfterHeaderTests
{
    [Fact]
    public void Read_DateAndDelta_UseTheInjectedClock()
    {
        var clock = new FakeTimeProvider();
        using var delta = new HttpResponseMessage();
        delta.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(7));
        using var date = new HttpResponseMessage();
        date.Headers.RetryAfter = new RetryConditionHeaderValue(clock.GetUtcNow().AddSeconds(12));
        using var past = new HttpResponseMessage();
        past.Headers.RetryAfter = new RetryConditionHeaderValue(clock.GetUtcNow().AddSeconds(-12));

        Assert.Equal(TimeSpan.FromSeconds(7), RetryAfterHeader.Read(delta, clock));
        Assert.Equal(TimeSpan.FromSeconds(12), RetryAfterHeader.Read(date, clock));
        Assert.Equal(TimeSpan.Zero, RetryAfterHeader.Read(past, clock));
        Assert.Null(RetryAfterHeader.Read(new HttpResponseMessage(), clock));
    }
}
