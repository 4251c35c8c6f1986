using ChannelPlatform.Application.Security;
using Microsoft.AspNetCore.Authorization;

namespace ChannelPlatform.Hosting.Auth;

/// <summary>The authorization policies endpoints name: who may read, who may act.</summary>
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
        options.AddPolicy(Read, p => p.RequireAuthenticatedUser().RequireRole(Roles.All));
        options.AddPolicy(Internal, p => p.RequireAuthenticatedUser().RequireRole(Roles.ChannelManager, Roles.Integration));
        options.AddPolicy(ChannelManager, p => p.RequireAuthenticatedUser().RequireRole(Roles.ChannelManager));
        options.AddPolicy(ManagerOrPartner, p => p.RequireAuthenticatedUser()
            .RequireRole(Roles.ChannelManager, Roles.Partner)
            .RequireAssertion(c => !c.User.IsInRole(Roles.Partner) || Guid.TryParse(c.User.FindFirst(PlatformClaims.PartnerId)?.Value, out _)));
        options.FallbackPolicy = options.GetPolicy(Read);
    }
}
