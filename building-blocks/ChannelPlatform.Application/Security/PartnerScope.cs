using ChannelPlatform.Application.Exceptions;

namespace ChannelPlatform.Application.Security;

/// <summary>Partner scoping in one place: a partner user sees its own partner's data only.</summary>
public static class PartnerScope
{
    /// <summary>Throws 404 when a partner user touches another partner's resource.</summary>
    public static void EnsureCanAccess(this ICurrentUser user, Guid partnerId, string resource, object id)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsPartner && user.PartnerId != partnerId)
            throw new NotFoundException(resource, id);
    }

    /// <summary>The partner filter to apply to a list: a partner user's own id, else the requested one.</summary>
    public static Guid? ScopedPartnerId(this ICurrentUser user, Guid? requested)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsPartner ? user.PartnerId ?? Guid.Empty : requested;
    }

    public static bool CanSee(this ICurrentUser user, Guid partnerId)
    {
        ArgumentNullException.ThrowIfNull(user);
        return !user.IsPartner || user.PartnerId == partnerId;
    }
}
