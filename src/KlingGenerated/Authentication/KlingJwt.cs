using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace KlingGenerated;

// Kling's official token: an HS256 JWT (RFC 7519) whose issuer is the access key, signed with the
// secret key. Written by hand because it is three base64url parts and one HMAC; no JWT package needed.
internal static class KlingJwt
{
    /// <summary>How long a token is valid, as Kling's docs sign it.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(1800);

    /// <summary>How far back nbf is set, so a server clock slightly behind ours still accepts the token.</summary>
    public static readonly TimeSpan NotBeforeSkew = TimeSpan.FromSeconds(5);

    private static readonly string EncodedHeader = Base64Url.EncodeToString("""{"alg":"HS256","typ":"JWT"}"""u8);

    public static string Create(string accessKey, string secretKey, DateTimeOffset now)
    {
        var payload = new ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(payload))
        {
            writer.WriteStartObject();
            writer.WriteString("iss", accessKey);
            writer.WriteNumber("exp", (now + Lifetime).ToUnixTimeSeconds());
            writer.WriteNumber("nbf", (now - NotBeforeSkew).ToUnixTimeSeconds());
            writer.WriteEndObject();
        }

        var signingInput = EncodedHeader + "." + Base64Url.EncodeToString(payload.WrittenSpan);
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secretKey), Encoding.ASCII.GetBytes(signingInput));
        return signingInput + "." + Base64Url.EncodeToString(signature);
    }
}
