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

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
