using ChannelPlatform.Application.Exceptions;
using ChannelPlatform.Application.Security;
using Microsoft.EntityFrameworkCore;
using Partners.Domain.Model;
using Partners.Domain.Tiers;

namespace Partners.Application.Abstractions;

internal static class Loading
{
    /// <summary>Loads a partner the caller may see, or 404 (also for another partner's id).</summary>
    public static async Task<Partner> GetPartnerAsync(this IPartnersDbContext db, ICurrentUser user, Guid partnerId, CancellationToken ct, bool withAgreements = false, bool withContacts = false)
    {
        user.EnsureCanAccess(partnerId, "Partner", partnerId);
        IQueryable<Partner> query = db.Partners;
        if (withAgreements)
            query = query.Include(p => p.Agreements);
        if (withContacts)
            query = query.Include(p => p.Contacts);
        return await query.SingleOrDefaultAsync(p => p.Id == partnerId, ct)
            ?? throw new NotFoundException("Partner", partnerId);
    }

    /// <summary>404 unless the partner exists and the caller may see it.</summary>
    public static async Task EnsurePartnerVisibleAsync(this IPartnersDbContext db, ICurrentUser user, Guid partnerId, CancellationToken ct)
    {
        user.EnsureCanAccess(partnerId, "Partner", partnerId);
        if (!await db.Partners.AnyAsync(p => p.Id == partnerId, ct))
            throw new NotFoundException("Partner", partnerId);
    }

    public static async Task<TierProgram> GetTierProgramAsync(this IPartnersDbContext db, CancellationToken ct, bool tracking = false)
    {
        var query = tracking ? db.TierDefinitions : db.TierDefinitions.AsNoTracking();
        return new TierProgram(await query.ToListAsync(ct));
    }
}
