using ChannelPlatform.Application.Security;
using Microsoft.AspNetCore.Http;

namespace ChannelPlatform.Hosting.Auth;

/// <summary>The caller from the validated JWT; a system identity outside HTTP (consumers, jobs).</summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private System.Security.Claims.ClaimsPrincipal? User => accessor.HttpContext?.User;

    public string Subject => User?.FindFirst(PlatformClaims.Subject)?.Value ?? "system";

    /// <summary>At most 200 characters: names land in "by" columns, and an identity provider may send any length.</summary>
    public string Name => Truncate(User?.FindFirst(PlatformClaims.Name)?.Value ?? Subject);

    /// <summary>The caller's one role (the same rule as the policies); none for a token with several.</summary>
    public string Role => User is null ? Roles.ChannelManager : Policies.RoleOf(User) ?? string.Empty;

    private static string Truncate(string name) => name.Length <= 200 ? name : name[..200];

    public Guid? PartnerId => Guid.TryParse(User?.FindFirst(PlatformClaims.PartnerId)?.Value, out var id) ? id : null;

    public bool HasScope(string scope) => ScopeClaims.Grants(User, scope);
}
