using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace KlingGenerated.Tests.Callbacks;

/// <summary>
/// Standard Webhooks signatures on Kling's notifications: what is accepted, what is refused and why, and that the
/// secret never shows. Expected signatures are computed here with HMACSHA256 directly, plus the specification's
/// published test vector.
/// </summary>
public sealed class CallbackSignatureTests
{
    // The test vector of the Standard Webhooks specification (also in its reference libraries' tests).
    private const string VectorSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private const string VectorId = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private const long VectorTimestamp = 1614265330;
    private const string VectorSignature = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    private const string Secret = "whsec_c2VjcmV0LW9mLXRoZS1rbGluZy1jYWxsYmFjaw==";
    private const string OtherSecret = "whsec_YW5vdGhlci1zZWNyZXQtZW50aXJlbHk=";
    private const string Id = "msg_2b6f0cc904d137be";

    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes(CallbackBodies.Videos);

    private readonly FakeTimeProvider _clock = new(Now);

    [Fact]
    public void Verifier_StandardWebhooksVector_IsAccepted()
    {
        var signedAt = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(VectorTimestamp));
        var verifier = new WebhookSignature(WebhookSecret.KeyOf(VectorSecret, "secret"), TimeSpan.FromMinutes(5), signedAt);
        var headers = Headers(VectorId, VectorTimestamp.ToString(CultureInfo.InvariantCulture), VectorSignature);

        verifier.Verify("""{"test": 2432232314}"""u8, headers.GetValueOrDefault);

        Assert.Equal(VectorSignature, WebhookSignature.Sign(WebhookSecret.KeyOf(VectorSecret, "secret"), VectorId, VectorTimestamp, """{"test": 2432232314}"""u8));
    }

    [Fact]
    public void Read_OneValidSignature_ReadsTheTask()
    {
        var task = Receiver().Read(Body, Headers(Id, Seconds(Now), Sign(Secret, Id, Now, Body)));

        Assert.Equal("861309198188019719", task.TaskId);
    }

    [Fact]
    public void Read_SecretWithoutPrefix_VerifiesTheSame()
    {
        var receiver = Receiver(Secret["whsec_".Length..]);

        var task = receiver.Read(Body, Headers(Id, Seconds(Now), Sign(Secret, Id, Now, Body)));

        Assert.Equal("861309198188019719", task.TaskId);
    }

    [Fact]
    public void Read_HeaderNamesInAnyCase_AreFound()
    {
        var headers = new Dictionary<string, string>
        {
            ["Webhook-Id"] = Id,
            ["WEBHOOK-TIMESTAMP"] = Seconds(Now),
            ["Webhook-Signature"] = Sign(Secret, Id, Now, Body),
        };

        Assert.Equal("861309198188019719", Receiver().Read(Body, headers).TaskId);
    }

    [Fact]
    public void Read_HttpHeaders_AreLookedUp()
    {
        using var request = new HttpRequestMessage();
        request.Headers.TryAddWithoutValidation("Webhook-Id", Id);
        request.Headers.TryAddWithoutValidation("Webhook-Timestamp", Seconds(Now));
        request.Headers.TryAddWithoutValidation("Webhook-Signature", Sign(Secret, Id, Now, Body));

        Assert.Equal("861309198188019719", Receiver().Read(Body, (HttpHeaders)request.Headers).TaskId);
    }

    [Fact]
    public void Read_TamperedBody_IsAMismatch()
    {
        var signature = Sign(Secret, Id, Now, Body);
        var tampered = Encoding.UTF8.GetBytes(CallbackBodies.Videos.Replace("1.mp4", "2.mp4", StringComparison.Ordinal));

        AssertRefused(KlingCallbackSignatureFailure.Mismatch, () => Receiver().Read(tampered, Headers(Id, Seconds(Now), signature)));
    }

    [Fact]
    public void Read_TamperedId_IsAMismatch()
    {
        var signature = Sign(Secret, Id, Now, Body);

        AssertRefused(KlingCallbackSignatureFailure.Mismatch, () => Receiver().Read(Body, Headers("msg_other", Seconds(Now), signature)));
    }

    [Fact]
    public void Read_SignedWithAnotherSecret_IsAMismatch()
    {
        var signature = Sign(OtherSecret, Id, Now, Body);

        AssertRefused(KlingCallbackSignatureFailure.Mismatch, () => Receiver().Read(Body, Headers(Id, Seconds(Now), signature)));
    }

    [Theory]
    [InlineData(-6)]
    [InlineData(6)]
    public void Read_TimestampSixMinutesAway_IsStaleEvenWhenTheSignatureHolds(int minutes)
    {
        var signedAt = Now.AddMinutes(minutes);
        var signature = Sign(Secret, Id, signedAt, Body);

        var exception = AssertRefused(KlingCallbackSignatureFailure.Stale, () => Receiver().Read(Body, Headers(Id, Seconds(signedAt), signature)));

        Assert.Contains(minutes < 0 ? "360 s in the past" : "360 s in the future", exception.Message);
    }

    [Theory]
    [InlineData(-4)]
    [InlineData(4)]
    public void Read_TimestampWithinTheTolerance_IsAccepted(int minutes)
    {
        var signedAt = Now.AddMinutes(minutes);

        var task = Receiver().Read(Body, Headers(Id, Seconds(signedAt), Sign(Secret, Id, signedAt, Body)));

        Assert.Equal("861309198188019719", task.TaskId);
    }

    [Fact]
    public void Read_RotatedSecret_OnlyTheSecondSignatureValid_IsAccepted()
    {
        var both = Sign(OtherSecret, Id, Now, Body) + " " + Sign(Secret, Id, Now, Body);

        Assert.Equal("861309198188019719", Receiver().Read(Body, Headers(Id, Seconds(Now), both)).TaskId);
    }

    [Fact]
    public void Read_RotatedSecret_NeitherSignatureValid_IsAMismatch()
    {
        var third = "whsec_" + Convert.ToBase64String("a third secret, never configured"u8);
        var neither = Sign(OtherSecret, Id, Now, Body) + " " + Sign(third, Id, Now, Body);

        AssertRefused(KlingCallbackSignatureFailure.Mismatch, () => Receiver().Read(Body, Headers(Id, Seconds(Now), neither)));
    }

    [Fact]
    public void Read_OtherVersionsBesideAValidV1_AreIgnored()
    {
        var signature = "v1a,c29tZXRoaW5nLWFzeW1tZXRyaWM= " + Sign(Secret, Id, Now, Body) + " v2,AAAA";

        Assert.Equal("861309198188019719", Receiver().Read(Body, Headers(Id, Seconds(Now), signature)).TaskId);
    }

    [Fact]
    public void Read_UnsignedWithASecret_IsRefusedAsMissing()
    {
        var exception = AssertRefused(KlingCallbackSignatureFailure.Missing, () => Receiver().Read(Body, new Dictionary<string, string>()));

        Assert.Contains("webhook-id, webhook-timestamp, webhook-signature", exception.Message);
    }

    [Fact]
    public void Read_OneHeaderMissing_IsRefusedAsMissing()
    {
        var headers = Headers(Id, Seconds(Now), Sign(Secret, Id, Now, Body));
        headers.Remove("webhook-timestamp");

        var exception = AssertRefused(KlingCallbackSignatureFailure.Missing, () => Receiver().Read(Body, headers));

        Assert.Contains("no webhook-timestamp header", exception.Message);
    }

    [Fact]
    public void Read_UnsignedWithoutASecret_ReadsTheTask()
    {
        var receiver = new KlingCallbackReceiver();

        Assert.Equal("861309198188019719", receiver.Read(Body, new Dictionary<string, string>()).TaskId);
    }

    [Fact]
    public void Read_SignedWithoutASecret_IgnoresTheHeaders()
    {
        var receiver = new KlingCallbackReceiver();

        var task = receiver.Read(Body, Headers(Id, "not a time", "v1,not-base64"));

        Assert.Equal("861309198188019719", task.TaskId);
    }

    [Theory]
    [InlineData("v1,not-base64", KlingCallbackSignatureFailure.Malformed)]
    [InlineData("v2,AAAA", KlingCallbackSignatureFailure.Malformed)]
    [InlineData("no-comma-at-all", KlingCallbackSignatureFailure.Malformed)]
    [InlineData("v1,AAAA", KlingCallbackSignatureFailure.Mismatch)]
    public void Read_UnreadableSignatureHeader_IsATypedRefusal(string signature, KlingCallbackSignatureFailure failure) =>
        AssertRefused(failure, () => Receiver().Read(Body, Headers(Id, Seconds(Now), signature)));

    [Theory]
    [InlineData("yesterday")]
    [InlineData("1.5e9")]
    [InlineData("-1614265330")]
    [InlineData("99999999999999999999999")]
    public void Read_TimestampNotUnixSeconds_IsMalformed(string timestamp) =>
        AssertRefused(KlingCallbackSignatureFailure.Malformed, () => Receiver().Read(Body, Headers(Id, timestamp, Sign(Secret, Id, Now, Body))));

    [Fact]
    public void Read_SignatureRefused_NeverReadsTheBody()
    {
        var notATask = "this is not JSON"u8.ToArray();

        AssertRefused(KlingCallbackSignatureFailure.Mismatch, () => Receiver().Read(notATask, Headers(Id, Seconds(Now), "v1,AAAA")));
    }

    [Fact]
    public void Refusals_NeverShowTheSecretOrItsKey()
    {
        var encoded = Secret["whsec_".Length..];
        var failures = new Action[]
        {
            () => Receiver().Read(Body, new Dictionary<string, string>()),
            () => Receiver().Read(Body, Headers(Id, "x", Sign(Secret, Id, Now, Body))),
            () => Receiver().Read(Body, Headers(Id, Seconds(Now.AddHours(1)), Sign(Secret, Id, Now.AddHours(1), Body))),
            () => Receiver().Read(Body, Headers("msg_other", Seconds(Now), Sign(Secret, Id, Now, Body))),
        };

        foreach (var failure in failures)
        {
            var exception = Assert.Throws<KlingCallbackSignatureException>(failure);
            Assert.DoesNotContain(encoded, exception.ToString());
            Assert.DoesNotContain(Sign(Secret, Id, Now, Body)[3..], exception.ToString());
        }

        Assert.DoesNotContain(encoded, Receiver().ToString());
    }

    [Theory]
    [InlineData("whsec_not base64 at all!")]
    [InlineData("whsec_")]
    [InlineData("%%%")]
    public void Construction_SecretNotBase64_IsAnArgumentExceptionThatDoesNotEchoIt(string secret)
    {
        var exception = Assert.Throws<ArgumentException>(() => new KlingCallbackReceiver(new KlingCallbackOptions { SigningSecret = secret }));

        var encoded = secret.StartsWith("whsec_", StringComparison.Ordinal) ? secret["whsec_".Length..] : secret;
        Assert.True(encoded.Length == 0 || !exception.ToString().Contains(encoded, StringComparison.Ordinal));
        Assert.Contains("Base64", exception.Message);
    }

    private KlingCallbackReceiver Receiver(string secret = Secret) =>
        new(new KlingCallbackOptions { SigningSecret = secret, TimeProvider = _clock });

    private static Dictionary<string, string> Headers(string id, string timestamp, string signature) => new()
    {
        ["webhook-id"] = id,
        ["webhook-timestamp"] = timestamp,
        ["webhook-signature"] = signature,
    };

    private static string Seconds(DateTimeOffset time) => time.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    // Independent of the library: the signed content and HMAC exactly as the Standard Webhooks specification states them.
    private static string Sign(string secret, string id, DateTimeOffset at, byte[] body)
    {
        var key = Convert.FromBase64String(secret.StartsWith("whsec_", StringComparison.Ordinal) ? secret[6..] : secret);
        var content = Encoding.UTF8.GetBytes($"{id}.{Seconds(at)}.").Concat(body).ToArray();
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, content));
    }

    private static KlingCallbackSignatureException AssertRefused(KlingCallbackSignatureFailure failure, Func<TaskData> read)
    {
        var exception = Assert.Throws<KlingCallbackSignatureException>(() => read());
        Assert.Equal(failure, exception.Failure);
        return exception;
    }
}
