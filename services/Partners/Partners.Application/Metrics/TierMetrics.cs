using Microsoft.EntityFrameworkCore;
using Partners.Application.Abstractions;
using Partners.Domain.Metrics;
using Partners.Domain.Model;

namespace Partners.Application.Metrics;

/// <summary>A partner's tier numbers, computed in SQL: trailing-twelve-month revenue and certified active reps.</summary>
public sealed record PartnerMetrics(decimal TrailingTwelveMonthRevenue, int CertifiedReps);

public static class TierMetrics
{
    public static async Task<PartnerMetrics> ForPartnerAsync(this IPartnersDbContext db, Guid partnerId, DateOnly today, CancellationToken ct)
    {
        var all = await db.ForPartnersAsync(db.Partners.Where(p => p.Id == partnerId).Select(p => p.Id), today, ct);
        return all.GetValueOrDefault(partnerId, new PartnerMetrics(0m, 0));
    }

    /// <summary>Two grouped queries for any number of partners (no query per partner).</summary>
    public static async Task<Dictionary<Guid, PartnerMetrics>> ForPartnersAsync(this IPartnersDbContext db, IQueryable<Guid> partnerIds, DateOnly today, CancellationToken ct)
    {
        var from = RevenueEntry.TrailingWindowStart(today);
        var revenue = await db.RevenueEntries
            .Where(e => partnerIds.Contains(e.PartnerId) && e.OccurredOn >= from && e.OccurredOn <= today)
            .GroupBy(e => e.PartnerId)
            .Select(g => new { PartnerId = g.Key, Amount = g.Sum(e => e.Amount) })
            .ToDictionaryAsync(x => x.PartnerId, x => x.Amount, ct);
        var reps = await db.RepCertifications
            .Where(r => partnerIds.Contains(r.PartnerId) && r.Status == RepCertificationStatus.Active && (r.ExpiresOn == null || r.ExpiresOn >= today))
            // Certified reps: the partner's own active SalesRep and SalesEngineer contacts.
            .Where(r => db.Contacts.Any(c => c.Id == r.ContactId && c.PartnerId == r.PartnerId && c.Status == ContactStatus.Active
                && (c.Role == ContactRole.SalesRep || c.Role == ContactRole.SalesEngineer)))
            .GroupBy(r => r.PartnerId)
            .Select(g => new { PartnerId = g.Key, Reps = g.Select(r => r.ContactId).Distinct().Count() })
            .ToDictionaryAsync(x => x.PartnerId, x => x.Reps, ct);
        return revenue.Keys.Union(reps.Keys).ToDictionary(
            id => id,
            id => new PartnerMetrics(Math.Max(0m, revenue.GetValueOrDefault(id)), reps.GetValueOrDefault(id)));
    }
}
