using System.Security.Cryptography;
using System.Text;
using Webhooks.Application.Endpoints;
using Webhooks.Infrastructure.Dispatching;

namespace Webhooks.UnitTests.Signing;

/// <summary>Signatures as the Standard Webhooks specification defines them, checked against its published test vector.</summary>
public sealed class WebhookSignerTests
{
    // The specification's example (standard-webhooks.md, "Signature scheme" test vector).
    private const string SpecSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private const string SpecId = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private const string SpecPayload = "{\"test\": 2432232314}";
    private static readonly DateTimeOffset SpecTimestamp = DateTimeOffset.FromUnixTimeSeconds(1614265330);

    [Fact]
    public void The_signature_matches_the_specifications_test_vector()
    {
        WebhookSigner.Sign(SpecId, SpecTimestamp, SpecPayload, [SpecSecret]).ShouldBe("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    [Fact]
    public void The_signature_is_an_hmac_sha256_of_id_timestamp_and_body_with_the_decoded_secret()
    {
        var secret = SigningSecret.New();
        var key = Convert.FromBase64String(secret[SigningSecret.Prefix.Length..]);
        var expected = Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"msg_1.1700000000.{{\"a\":1}}")));

        WebhookSigner.Sign("msg_1", DateTimeOffset.FromUnixTimeSeconds(1_700_000_000), "{\"a\":1}", [secret]).ShouldBe($"v1,{expected}");
    }

    [Fact]
    public void During_a_rotation_there_is_one_signature_per_secret_separated_by_a_space()
    {
        var signature = WebhookSigner.Sign(SpecId, SpecTimestamp, SpecPayload, [SigningSecret.New(), SpecSecret]);

        var parts = signature.Split(' ');
        parts.Length.ShouldBe(2);
        parts.ShouldAllBe(p => p.StartsWith("v1,", StringComparison.Ordinal));
        parts[1].ShouldBe("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    [Fact]
    public void A_new_secret_is_whsec_and_32_random_bytes()
    {
        var secret = SigningSecret.New();

        secret.ShouldStartWith("whsec_");
        Convert.FromBase64String(secret["whsec_".Length..]).Length.ShouldBe(32);
        SigningSecret.New().ShouldNotBe(secret);
    }
}
