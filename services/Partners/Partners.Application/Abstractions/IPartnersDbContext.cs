using Microsoft.EntityFrameworkCore;
using Partners.Domain.Escalations;
using Partners.Domain.Metrics;
using Partners.Domain.Model;
using Partners.Domain.Qbrs;
using Partners.Domain.Satisfaction;
using Partners.Domain.Tiers;

namespace Partners.Application.Abstractions;

/// <summary>
/// The Partner schema as the use cases see it. Commands load an aggregate, call its behaviour and
/// let the unit of work save; queries read with AsNoTracking and project to responses (ADR 0002).
/// </summary>
public interface IPartnersDbContext
{
    DbSet<Partner> Partners { get; }

    DbSet<Agreement> Agreements { get; }

    DbSet<Contact> Contacts { get; }

    DbSet<TierDefinition> TierDefinitions { get; }

    DbSet<Qbr> Qbrs { get; }

    DbSet<Escalation> Escalations { get; }

    DbSet<SatisfactionResponse> SatisfactionResponses { get; }

    DbSet<RevenueEntry> RevenueEntries { get; }

    DbSet<RepCertification> RepCertifications { get; }

    /// <summary>Flushes within the command's transaction, so a following SQL aggregate sees the change.</summary>
    Task<int> SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Locks the partner's row for the rest of the transaction, so concurrent metric updates of one
    /// partner (a booking and a certification at once) evaluate promotion one after the other.
    /// </summary>
    Task LockPartnerAsync(Guid partnerId, CancellationToken cancellationToken);

    /// <summary>
    /// Serializes the rest of the transaction with every other transaction locking the same key (a
    /// transaction-scoped advisory lock): a check-then-write on rows that may not exist yet.
    /// </summary>
    Task LockKeyAsync(string key, CancellationToken cancellationToken);
}
