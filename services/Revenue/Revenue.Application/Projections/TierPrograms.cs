using Microsoft.EntityFrameworkCore;
using Revenue.Application.Abstractions;
using Revenue.Domain.Partners;

namespace Revenue.Application.Projections;

internal static class TierPrograms
{
    /// <summary>The latest known edit of the tier a partner moves onto, read under the tier's lock (taken before the partner's).</summary>
    public static async Task<TierBenefits?> TierProgramOfAsync(this IRevenueDbContext db, PartnerTier tier, CancellationToken ct)
    {
        await db.LockTierAsync(tier, ct);
        return await db.TierBenefits.AsNoTracking().SingleOrDefaultAsync(t => t.Tier == tier, ct);
    }
}
