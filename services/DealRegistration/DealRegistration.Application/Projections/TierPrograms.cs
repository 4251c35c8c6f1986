using DealRegistration.Application.Abstractions;
using DealRegistration.Domain.Partners;
using Microsoft.EntityFrameworkCore;

namespace DealRegistration.Application.Projections;

internal static class TierPrograms
{
    /// <summary>
    /// The latest known edit of the tier a partner moves onto, read under the tier's lock and then the partner's
    /// row lock, so a concurrent edit of the tier either is seen here or sees the partner on the tier.
    /// </summary>
    public static async Task<TierBenefits?> TierProgramOfAsync(this IDealsDbContext db, string tier, Guid partnerId, CancellationToken ct)
    {
        await db.LockTierAsync(tier, ct);
        await db.LockPartnerAsync(partnerId, ct);
        return await db.TierBenefits.AsNoTracking().SingleOrDefaultAsync(t => t.Tier == tier, ct);
    }
}
