using System.Security.Cryptography;

namespace Webhooks.Application.Endpoints;

/// <summary>A Standard Webhooks secret: <c>whsec_</c> and the base64 of 32 random bytes (the spec asks for 24 to 64).</summary>
public static class SigningSecret
{
    public const string Prefix = "whsec_";

    public static string New() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
