namespace ChannelPlatform.Hosting.Auth;

public static class PlatformClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Role = "role";
    public const string PartnerId = "partner_id";

    /// <summary>OAuth-style scopes, space-separated in one claim (some authorities send one claim per scope).</summary>
    public const string Scope = "scope";
}
