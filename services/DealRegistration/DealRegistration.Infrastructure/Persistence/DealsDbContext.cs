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

    public DbSet<TierBenefits> TierBenefits => Set<TierBenefits>();

    public Task LockTierAsync(string tier, CancellationToken cancellationToken) =>
        Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(hashtextextended('dealreg-tier:' || {0}, 0))", [tier], cancellationToken);

    public Task LockPartnerAsync(Guid partnerId, CancellationToken cancellationToken) =>
        Database.ExecuteSqlRawAsync("SELECT 1 FROM dealreg.partners WHERE partner_id = {0} FOR UPDATE", [partnerId], cancellationToken);

    public Task<List<PartnerSnapshot>> LockPartnersOnTierAsync(string tier, CancellationToken cancellationToken) =>
        Partners.FromSqlRaw("SELECT * FROM dealreg.partners WHERE tier = {0} FOR UPDATE", tier).ToListAsync(cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // pg_trgm served the conflict check before the match keys (ADR 0010); the extension stays installed.
        modelBuilder.HasPostgresExtension(SchemaName, "pg_trgm");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DealsDbContext).Assembly);
    }
}
