using DealRegistration.Domain.Campaigns;
using DealRegistration.Domain.Deals;
using DealRegistration.Domain.Leads;
using DealRegistration.Domain.Partners;
using Microsoft.EntityFrameworkCore;

namespace DealRegistration.Application.Abstractions;

/// <summary>The dealreg schema as the use cases see it (ADR 0002).</summary>
public interface IDealsDbContext
{
    DbSet<Deal> Deals { get; }

    DbSet<Campaign> Campaigns { get; }

    DbSet<Lead> Leads { get; }

    DbSet<PartnerSnapshot> Partners { get; }

    DbSet<PartnerContact> PartnerContacts { get; }

    DbSet<TierBenefits> TierBenefits { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Serializes, for the rest of the transaction, what sets a tier's benefits: an edit of the tier's program
    /// and a partner moving onto the tier (a transaction-scoped advisory lock). Take it before any partner row.
    /// </summary>
    Task LockTierAsync(string tier, CancellationToken cancellationToken);

    /// <summary>The partner's projection row, locked for the rest of the transaction (FOR UPDATE); nothing if it is not there yet.</summary>
    Task LockPartnerAsync(Guid partnerId, CancellationToken cancellationToken);

    /// <summary>Every partner on the tier, tracked and locked (FOR UPDATE re-checks the tier of a row changed meanwhile).</summary>
    Task<List<PartnerSnapshot>> LockPartnersOnTierAsync(string tier, CancellationToken cancellationToken);
}
