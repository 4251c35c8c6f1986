using System.Security.Claims;
using ChannelPlatform.Application.Security;
using Microsoft.AspNetCore.Authorization;

namespace ChannelPlatform.Hosting.Auth;

/// <summary>
/// The authorization policies endpoints name: who may read, who may act. One rule underlies all of them
/// (<see cref="IsWellFormed"/>): a caller has exactly one platform role — a token carrying several could pass as a
/// partner in one check and as staff in another — and a Partner caller names its partner.
/// </summary>
public static class Policies
{
    /// <summary>Any authenticated platform role (Integration is read-only).</summary>
    public const string Read = "read";

    /// <summary>Internal staff only.</summary>
    public const string ChannelManager = "channel-manager";

    /// <summary>Internal readers: channel managers and internal systems (Integration), never partner users.</summary>
    public const string Internal = "internal";

    /// <summary>Channel managers, and partner users for their own partner (scoping is checked in the handler).</summary>
    public const string ManagerOrPartner = "manager-or-partner";

    public static void Configure(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(Read, p => Caller(p, Roles.All));
        options.AddPolicy(Internal, p => Caller(p, Roles.ChannelManager, Roles.Integration));
        options.AddPolicy(ChannelManager, p => Caller(p, Roles.ChannelManager));
        options.AddPolicy(ManagerOrPartner, p => Caller(p, Roles.ChannelManager, Roles.Partner));
        options.FallbackPolicy = options.GetPolicy(Read);
    }

    /// <summary>The caller's one platform role, or null when it has none or several.</summary>
    public static string? RoleOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var roles = user.FindAll(PlatformClaims.Role).Select(c => c.Value).Distinct(StringComparer.Ordinal).Take(2).ToList();
        return roles.Count == 1 && Roles.All.Contains(roles[0]) ? roles[0] : null;
    }

    public static bool IsWellFormed(ClaimsPrincipal user) => RoleOf(user) switch
    {
        null => false,
        Roles.Partner => Guid.TryParse(user.FindFirst(PlatformClaims.PartnerId)?.Value, out var id) && id != Guid.Empty,
        _ => true,
    };

    private static void Caller(AuthorizationPolicyBuilder policy, params IReadOnlyList<string> roles) =>
        policy.RequireAuthenticatedUser().RequireAssertion(c => IsWellFormed(c.User) && roles.Contains(RoleOf(c.User)!));
}
