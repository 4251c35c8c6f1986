using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Webhooks.Application;
using Webhooks.Application.Endpoints;
using Webhooks.Infrastructure.Secrets;

namespace Webhooks.UnitTests.Signing;

public sealed class SecretProtectorTests
{
    private static readonly string Key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private static AesGcmSecretProtector With(string? key) => new(Options.Create(new WebhooksOptions { SecretKey = key }));

    [Fact]
    public void A_protected_secret_reads_back_and_does_not_contain_the_secret()
    {
        var secret = SigningSecret.New();
        var protector = With(Key);

        var stored = protector.Protect(secret);

        stored.ShouldStartWith("v1.");
        stored.ShouldNotContain(secret["whsec_".Length..]);
        protector.Unprotect(stored).ShouldBe(secret);
        protector.Protect(secret).ShouldNotBe(stored);
    }

    [Fact]
    public void Another_key_cannot_read_it()
    {
        var stored = With(Key).Protect(SigningSecret.New());

        Should.Throw<CryptographicException>(() => With(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))).Unprotect(stored));
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("not base64!", false)]
    [InlineData("AAAA", false)]
    public void Only_the_base64_of_32_bytes_is_a_key(string? key, bool valid)
    {
        AesGcmSecretProtector.IsValidKey(key).ShouldBe(valid);
        AesGcmSecretProtector.IsValidKey(Key).ShouldBeTrue();
    }
}
