using ChannelPlatform.Infrastructure.Persistence;
using DealRegistration.Application.Abstractions;
using DealRegistration.Domain.Campaigns;
using DealRegistration.Domain.Deals;
using DealRegistration.Domain.Leads;
using DealRegistration.Domain.Partners;
using Microsoft.EntityFrameworkCore;

namespace DealRegistration.Infrastructure.Persistence;

public sealed class DealsDbContext(DbContextOptions<DealsDbContext> options) : ServiceDbContext(options), IDealsDbContext
{
    public const string SchemaName = "dealreg";

    public override string Schema => SchemaName;

    public DbSet<Deal> Deals => Set<Deal>();

    public DbSet<Campaign> Campaigns => Set<Campaign>();

    public DbSet<Lead> Leads => Set<Lead>();

    public DbSet<PartnerSnapshot> Partners => Set<PartnerSnapshot>();

    public DbSet<PartnerContact> PartnerContacts => Set<PartnerContact>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // pg_trgm served the conflict check before the match keys (ADR 0010); the extension stays installed.
        modelBuilder.HasPostgresExtension(SchemaName, "pg_trgm");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DealsDbContext).Assembly);
    }
}
