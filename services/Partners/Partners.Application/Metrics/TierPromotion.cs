using Microsoft.EntityFrameworkCore;
using Partners.Application.Abstractions;

namespace Partners.Application.Metrics;

/// <summary>After new revenue or a new certification: promote at once when a higher tier's thresholds are met.</summary>
internal static class TierPromotion
{
    public static async Task PromoteIfQualifiedAsync(this IPartnersDbContext db, Guid partnerId, TimeProvider clock, CancellationToken ct)
    {
        await db.LockPartnerAsync(partnerId, ct);
        var partner = await db.Partners.SingleOrDefaultAsync(p => p.Id == partnerId, ct);
        if (partner is null)
            return; // numbers are kept; the partner's own events decide its status
        var now = clock.GetUtcNow();
        var metrics = await db.ForPartnerAsync(partnerId, DateOnly.FromDateTime(now.UtcDateTime), ct);
        var program = await db.GetTierProgramAsync(ct);
        var qualified = program.QualifiedTier(metrics.TrailingTwelveMonthRevenue, metrics.CertifiedReps);
        partner.PromoteIfQualified(qualified, program[qualified], now);
    }
}
