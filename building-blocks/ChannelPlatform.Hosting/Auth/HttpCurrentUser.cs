using ChannelPlatform.Application.Security;
using Microsoft.AspNetCore.Http;

namespace ChannelPlatform.Hosting.Auth;

/// <summary>The caller from the validated JWT; a system identity outside HTTP (consumers, jobs).</summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private System.Security.Claims.ClaimsPrincipal? User => accessor.HttpContext?.User;

    public string Subject => User?.FindFirst(PlatformClaims.Subject)?.Value ?? "system";

    public string Name => User?.FindFirst(PlatformClaims.Name)?.Value ?? Subject;

    public string Role => User?.FindFirst(PlatformClaims.Role)?.Value ?? (User is null ? Roles.ChannelManager : string.Empty);

    public Guid? PartnerId => Guid.TryParse(User?.FindFirst(PlatformClaims.PartnerId)?.Value, out var id) ? id : null;

    public bool HasScope(string scope) => ScopeClaims.Grants(User, scope);
}
