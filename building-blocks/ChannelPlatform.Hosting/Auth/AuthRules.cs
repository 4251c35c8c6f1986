using System.Text;
using Microsoft.Extensions.Hosting;

namespace ChannelPlatform.Hosting.Auth;

/// <summary>
/// Which keys may validate tokens, checked at start-up so a misconfigured service refuses to run instead of
/// accepting forged tokens: the shared symmetric key is for Development only; anywhere else only the OIDC
/// authority's keys validate; a symmetric key is never shorter than 256 bits.
/// </summary>
public static class AuthRules
{
    public const int MinimumKeyBytes = 32;

    public static void Check(AuthOptions options, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        var hasKey = !string.IsNullOrEmpty(options.SigningKey);
        var hasAuthority = !string.IsNullOrEmpty(options.Authority);
        if (hasKey && Encoding.UTF8.GetByteCount(options.SigningKey!) < MinimumKeyBytes)
            throw Refuse($"Auth:SigningKey is shorter than 256 bits ({MinimumKeyBytes} bytes): tokens signed with it could be forged.");
        if (environment.IsDevelopment())
            return;
        if (hasKey)
            throw Refuse($"Auth:SigningKey (the shared development key) is refused in {environment.EnvironmentName}: "
                + "remove it and configure Auth:Authority, the OIDC issuer whose keys sign the tokens.");
        if (!hasAuthority)
            throw Refuse($"Auth:Authority (an OIDC issuer) must be configured in {environment.EnvironmentName}: nothing could validate a token.");
    }

    private static InvalidOperationException Refuse(string why) => new($"Refusing to start: {why}");
}
