using System.Net.Http.Headers;

namespace KlingGenerated.Tests.Tasks;

public sealed class PollHintTests
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

        Assert.Equal(TimeSpan.FromSeconds(7), PollHint.Read(delta, clock));
        Assert.Equal(TimeSpan.FromSeconds(12), PollHint.Read(date, clock));
        Assert.Equal(TimeSpan.Zero, PollHint.Read(past, clock));
        Assert.Null(PollHint.Read(new HttpResponseMessage(), clock));
    }
}
