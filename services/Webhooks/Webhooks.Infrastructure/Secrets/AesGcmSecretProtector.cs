using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Webhooks.Application;
using Webhooks.Application.Abstractions;

namespace Webhooks.Infrastructure.Secrets;

/// <summary>
/// AES-256-GCM with the key of <c>Webhooks:SecretKey</c>: a stolen database copy yields no signing secret.
/// Stored as <c>v1.</c> + base64(nonce | tag | ciphertext). Development without a key uses a fixed, public key.
/// </summary>
internal sealed class AesGcmSecretProtector(IOptions<WebhooksOptions> options) : ISecretProtector
{
    private const string Format = "v1.";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly byte[] _key = KeyOf(options.Value.SecretKey);

    public string Protect(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var plain = Encoding.UTF8.GetBytes(secret);
        var sealedBox = new byte[NonceSize + TagSize + plain.Length];
        var nonce = sealedBox.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonce, plain, sealedBox.AsSpan(NonceSize + TagSize), sealedBox.AsSpan(NonceSize, TagSize));
        return Format + Convert.ToBase64String(sealedBox);
    }

    public string Unprotect(string protectedSecret)
    {
        ArgumentNullException.ThrowIfNull(protectedSecret);
        if (!protectedSecret.StartsWith(Format, StringComparison.Ordinal))
            throw new CryptographicException("Not a protected webhook secret.");
        var sealedBox = Convert.FromBase64String(protectedSecret[Format.Length..]);
        var plain = new byte[sealedBox.Length - NonceSize - TagSize];
        using var aes = new AesGcm(_key, TagSize);
        aes.Decrypt(sealedBox.AsSpan(0, NonceSize), sealedBox.AsSpan(NonceSize + TagSize), sealedBox.AsSpan(NonceSize, TagSize), plain);
        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>Whether a configured key is usable: base64 of exactly 32 bytes.</summary>
    public static bool IsValidKey(string? key) => TryDecode(key, out _);

    private static byte[] KeyOf(string? configured) =>
        TryDecode(configured, out var key) ? key : SHA256.HashData(Encoding.UTF8.GetBytes("channel-platform-development-webhook-secrets-NOT-A-SECRET"));

    private static bool TryDecode(string? key, out byte[] bytes)
    {
        bytes = [];
        if (string.IsNullOrWhiteSpace(key))
            return false;
        var buffer = new byte[64];
        if (!Convert.TryFromBase64String(key, buffer, out var written) || written != 32)
            return false;
        bytes = buffer[..32];
        return true;
    }
}
