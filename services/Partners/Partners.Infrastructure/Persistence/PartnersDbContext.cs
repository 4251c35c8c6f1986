using ChannelPlatform.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Partners.Application.Abstractions;
using Partners.Domain.Escalations;
using Partners.Domain.Metrics;
using Partners.Domain.Model;
using Partners.Domain.Qbrs;
using Partners.Domain.Satisfaction;
using Partners.Domain.Tiers;

namespace Partners.Infrastructure.Persistence;

public sealed class PartnersDbContext(DbContextOptions<PartnersDbContext> options) : ServiceDbContext(options), IPartnersDbContext
{
    public const string SchemaName = "partner";

    public override string Schema => SchemaName;

    public DbSet<Partner> Partners => Set<Partner>();

    public DbSet<Agreement> Agreements => Set<Agreement>();

    public DbSet<Contact> Contacts => Set<Contact>();

    public DbSet<TierDefinition> TierDefinitions => Set<TierDefinition>();

    public DbSet<Qbr> Qbrs => Set<Qbr>();

    public DbSet<Escalation> Escalations => Set<Escalation>();

    public DbSet<SatisfactionResponse> SatisfactionResponses => Set<SatisfactionResponse>();

    public DbSet<RevenueEntry> RevenueEntries => Set<RevenueEntry>();

    public DbSet<RepCertification> RepCertifications => Set<RepCertification>();

    public Task LockPartnerAsync(Guid partnerId, CancellationToken cancellationToken) =>
        Database.ExecuteSqlRawAsync("SELECT 1 FROM partner.partners WHERE id = {0} FOR UPDATE", [partnerId], cancellationToken);

    public Task LockKeyAsync(string key, CancellationToken cancellationToken) =>
        Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(hashtextextended('partner:' || {0}, 0))", [key], cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PartnersDbContext).Assembly);
    }
}
