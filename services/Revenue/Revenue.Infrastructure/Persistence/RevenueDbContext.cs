using ChannelPlatform.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Revenue.Application.Abstractions;
using Revenue.Domain.Bookings;
using Revenue.Domain.Campaigns;
using Revenue.Domain.Mdf;
using Revenue.Domain.Partners;
using Revenue.Domain.Payouts;
using Revenue.Domain.Pipeline;
using Revenue.Domain.Rates;

namespace Revenue.Infrastructure.Persistence;

public sealed class RevenueDbContext(DbContextOptions<RevenueDbContext> options) : ServiceDbContext(options), IRevenueDbContext
{
    public const string SchemaName = "revenue";

    public override string Schema => SchemaName;

    public DbSet<RevenuePartner> Partners => Set<RevenuePartner>();

    public DbSet<AgreementTerms> Agreements => Set<AgreementTerms>();

    public DbSet<PipelineDeal> PipelineDeals => Set<PipelineDeal>();

    public DbSet<Booking> Bookings => Set<Booking>();

    public DbSet<CompensationLine> CompensationLines => Set<CompensationLine>();

    public DbSet<PendingWin> PendingWins => Set<PendingWin>();

    public DbSet<Payout> Payouts => Set<Payout>();

    public DbSet<MdfBudget> MdfBudgets => Set<MdfBudget>();

    public DbSet<MdfRequest> MdfRequests => Set<MdfRequest>();

    public DbSet<MdfClaim> MdfClaims => Set<MdfClaim>();

    public DbSet<CampaignMembership> Campaigns => Set<CampaignMembership>();

    public DbSet<TierBenefits> TierBenefits => Set<TierBenefits>();

    public DbSet<ExchangeRate> ExchangeRates => Set<ExchangeRate>();

    public Task LockTierAsync(PartnerTier tier, CancellationToken cancellationToken) =>
        Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(hashtextextended('revenue-tier:' || {0}, 0))", [tier.ToString()], cancellationToken);

    public Task<RevenuePartner?> PartnerForUpdateAsync(Guid partnerId, CancellationToken cancellationToken) =>
        Partners.FromSqlRaw("SELECT * FROM revenue.partners WHERE partner_id = {0} FOR UPDATE", partnerId).SingleOrDefaultAsync(cancellationToken);

    public Task<List<RevenuePartner>> LockPartnersOnTierAsync(PartnerTier tier, CancellationToken cancellationToken) =>
        Partners.FromSqlRaw("SELECT * FROM revenue.partners WHERE tier = {0} FOR UPDATE", tier.ToString()).ToListAsync(cancellationToken);

    public Task LockPartnerAsync(Guid partnerId, CancellationToken cancellationToken) =>
        Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(hashtextextended('revenue-partner:' || {0}::text, 0))", [partnerId], cancellationToken);

    public async Task<MdfBudget> LockBudgetAsync(Guid partnerId, int year, Func<MdfBudget> whenMissing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(whenMissing);
        var tracked = MdfBudgets.Local.FirstOrDefault(b => b.PartnerId == partnerId && b.Year == year);
        if (tracked is not null)
            return tracked;
        var missing = whenMissing();
        await Database.ExecuteSqlRawAsync(
            "INSERT INTO revenue.mdf_budgets (partner_id, year, allocated, source, committed, claimed, paid, currency, version) " +
            "VALUES ({0}, {1}, {2}, {3}, 0, 0, 0, {4}, 0) ON CONFLICT (partner_id, year) DO NOTHING",
            [partnerId, year, missing.Allocated, missing.Source.ToString(), missing.Currency],
            cancellationToken);
        return await MdfBudgets
            .FromSqlRaw("SELECT * FROM revenue.mdf_budgets WHERE partner_id = {0} AND year = {1} FOR UPDATE", partnerId, year)
            .SingleAsync(cancellationToken);
    }

    /// <summary>Money columns take three decimals here: the most any supported currency has (KWD, BHD; ADR 0013).</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<decimal>().HavePrecision(18, 3);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RevenueDbContext).Assembly);
    }
}
