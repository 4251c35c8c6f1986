namespace ChannelPlatform.Hosting.Auth;

/// <summary>
/// Section <c>Auth</c>. Development signs tokens with a shared symmetric key; other environments
/// set <see cref="Authority"/> (an OIDC issuer) instead.
/// </summary>
public sealed class AuthOptions
{
    public string? Authority { get; set; }

    public string Issuer { get; set; } = "channel-platform";

    public string Audience { get; set; } = "channel-platform";

    public string? SigningKey { get; set; }

    public bool RequireHttpsMetadata { get; set; } = true;
}
