using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Newtonsoft.Json.Linq;

namespace KlingGenerated.Tests.Authentication;

public sealed class KlingJwtTests
{
    private const string AccessKey = "ak-test-access";
    private const string SecretKey = "sk-test-secret-for-signing";
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Create_Token_HasKlingsHeaderAndClaims()
    {
        var parts = KlingJwt.Create(AccessKey, SecretKey, Now).Split('.');

        Assert.Equal(3, parts.Length);
        Assert.Equal("""{"alg":"HS256","typ":"JWT"}""", Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[0])));
        var claims = JObject.Parse(Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[1])));
        Assert.Equal(AccessKey, claims.Value<string>("iss"));
        Assert.Equal(Now.ToUnixTimeSeconds() + 1800, claims.Value<long>("exp"));
        Assert.Equal(Now.ToUnixTimeSeconds() - 5, claims.Value<long>("nbf"));
        Assert.Equal(["iss", "exp", "nbf"], claims.Properties().Select(p => p.Name));
    }

    [Fact]
    public void Create_Signature_IsHmacSha256OfHeaderAndPayloadWithTheSecretKey()
    {
        var token = KlingJwt.Create(AccessKey, SecretKey, Now);
        var lastDot = token.LastIndexOf('.');

        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(SecretKey), Encoding.ASCII.GetBytes(token[..lastDot]));

        Assert.Equal(expected, Base64Url.DecodeFromChars(token.AsSpan(lastDot + 1)));
        Assert.DoesNotContain('=', token);
    }

    [Fact]
    public void Create_AccessKeyWithQuotes_IsJsonEscaped()
    {
        var payload = KlingJwt.Create("a\"k", SecretKey, Now).Split('.')[1];

        Assert.Equal("a\"k", JObject.Parse(Encoding.UTF8.GetString(Base64Url.DecodeFromChars(payload))).Value<string>("iss"));
    }

    [Fact]
    public void Current_WithinLifetime_ReusesTheSignedToken()
    {
        var clock = new FakeTimeProvider(Now);
        var tokens = new KlingJwtTokenSource(AccessKey, SecretKey, clock);

        var first = tokens.Current();
        clock.Advance(TimeSpan.FromMinutes(24));

        Assert.Same(first, tokens.Current());
    }

    [Fact]
    public void Current_NearExpiry_SignsANewToken()
    {
        var clock = new FakeTimeProvider(Now);
        var tokens = new KlingJwtTokenSource(AccessKey, SecretKey, clock);
        var first = tokens.Current();

        clock.Advance(TimeSpan.FromSeconds(1800) - KlingJwtTokenSource.RefreshBefore);
        var second = tokens.Current();

        Assert.NotEqual(first.Parameter, second.Parameter);
        Assert.Equal(clock.GetUtcNow().ToUnixTimeSeconds() + 1800, ExpiryOf(second.Parameter!));
    }

    [Fact]
    public void Invalidate_RefusedToken_SignsAgainOnNextUse()
    {
        var clock = new FakeTimeProvider(Now);
        var tokens = new KlingJwtTokenSource(AccessKey, SecretKey, clock);
        var refused = tokens.Current();
        clock.Advance(TimeSpan.FromSeconds(10));

        tokens.Invalidate(refused);

        Assert.Equal(Now.ToUnixTimeSeconds() + 10 + 1800, ExpiryOf(tokens.Current().Parameter!));
    }

    [Fact]
    public void Invalidate_OlderToken_KeepsTheCurrentOne()
    {
        var clock = new FakeTimeProvider(Now);
        var tokens = new KlingJwtTokenSource(AccessKey, SecretKey, clock);
        var old = tokens.Current();
        tokens.Invalidate(old);
        var current = tokens.Current();

        tokens.Invalidate(old);

        Assert.Same(current, tokens.Current());
    }

    private static long ExpiryOf(string token) =>
        JObject.Parse(Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token.Split('.')[1]))).Value<long>("exp");
}
