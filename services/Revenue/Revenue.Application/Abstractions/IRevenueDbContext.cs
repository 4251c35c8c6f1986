using Microsoft.EntityFrameworkCore;
using Revenue.Domain.Bookings;
using Revenue.Domain.Campaigns;
using Revenue.Domain.Mdf;
using Revenue.Domain.Partners;
using Revenue.Domain.Payouts;
using Revenue.Domain.Pipeline;
using Revenue.Domain.Rates;

namespace Revenue.Application.Abstractions;

/// <summary>The revenue schema as the use cases see it (ADR 0002).</summary>
public interface IRevenueDbContext
{
    DbSet<RevenuePartner> Partners { get; }

    DbSet<AgreementTerms> Agreements { get; }

    DbSet<PipelineDeal> PipelineDeals { get; }

    DbSet<Booking> Bookings { get; }

    DbSet<CompensationLine> CompensationLines { get; }

    DbSet<PendingWin> PendingWins { get; }

    DbSet<Payout> Payouts { get; }

    DbSet<MdfBudget> MdfBudgets { get; }

    DbSet<MdfRequest> MdfRequests { get; }

    DbSet<MdfClaim> MdfClaims { get; }

    DbSet<CampaignMembership> Campaigns { get; }

    DbSet<TierBenefits> TierBenefits { get; }

    DbSet<ExchangeRate> ExchangeRates { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Serializes, for the rest of the transaction, everything that moves a partner's money: booking a win,
    /// adjusting a booking, building and settling payouts (a transaction-scoped advisory lock; the partner
    /// need not be projected yet).
    /// </summary>
    Task LockPartnerAsync(Guid partnerId, CancellationToken cancellationToken);

    /// <summary>
    /// Serializes, for the rest of the transaction, what sets a tier's money terms: an edit of the tier's program
    /// and a partner moving onto the tier (a transaction-scoped advisory lock). Take it before the partner's lock.
    /// </summary>
    Task LockTierAsync(PartnerTier tier, CancellationToken cancellationToken);

    /// <summary>The partner's projection row, tracked and locked (FOR UPDATE), or null if it is not there yet.</summary>
    Task<RevenuePartner?> PartnerForUpdateAsync(Guid partnerId, CancellationToken cancellationToken);

    /// <summary>Every partner on the tier, tracked and locked (FOR UPDATE re-checks the tier of a row changed meanwhile).</summary>
    Task<List<RevenuePartner>> LockPartnersOnTierAsync(PartnerTier tier, CancellationToken cancellationToken);

    /// <summary>
    /// The partner's MDF budget for the year, locked for the rest of the transaction (FOR UPDATE), created
    /// first from <paramref name="whenMissing"/> if there is none yet (racing creators agree on one row).
    /// </summary>
    Task<MdfBudget> LockBudgetAsync(Guid partnerId, int year, Func<MdfBudget> whenMissing, CancellationToken cancellationToken);
}

/// <summary>The dates the service accepts (a sane range: no overflow, no typos like 0202 or 20026).</summary>
public static class Dates
{
    public static readonly DateOnly Earliest = new(2000, 1, 1);
    public static readonly DateOnly Latest = new(2099, 12, 31);
}
