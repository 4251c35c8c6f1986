using ChannelPlatform.Application.Exceptions;
using ChannelPlatform.Application.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Partners.Application.Abstractions;
using Partners.Application.Metrics;
using Partners.Domain.Tiers;

namespace Partners.Application.Tiers.GetTierEvaluation;

public sealed record GetTierEvaluationQuery(Guid PartnerId) : IQuery<TierEvaluationResponse>;

public sealed record NextTierResponse(PartnerTier Tier, decimal RevenueGap, int CertifiedRepsGap);

public sealed record TierEvaluationResponse(
    Guid PartnerId,
    PartnerTier? CurrentTier,
    PartnerTier QualifiedTier,
    decimal TrailingTwelveMonthRevenue,
    int CertifiedReps,
    bool TierOverridden,
    NextTierResponse? NextTier);

public sealed class GetTierEvaluationHandler(IPartnersDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetTierEvaluationQuery, TierEvaluationResponse>
{
    public async ValueTask<TierEvaluationResponse> Handle(GetTierEvaluationQuery query, CancellationToken cancellationToken)
    {
        user.EnsureCanAccess(query.PartnerId, "Partner", query.PartnerId);
        var partner = await db.Partners.AsNoTracking().Where(p => p.Id == query.PartnerId)
            .Select(p => new { p.Tier, p.TierPinned }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Partner", query.PartnerId);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var metrics = await db.ForPartnerAsync(query.PartnerId, today, cancellationToken);
        var program = await db.GetTierProgramAsync(cancellationToken);
        var qualified = program.QualifiedTier(metrics.TrailingTwelveMonthRevenue, metrics.CertifiedReps);
        var gap = program.NextTierGap(partner.Tier ?? PartnerTier.Registered, metrics.TrailingTwelveMonthRevenue, metrics.CertifiedReps);
        return new TierEvaluationResponse(
            query.PartnerId,
            partner.Tier,
            qualified,
            metrics.TrailingTwelveMonthRevenue,
            metrics.CertifiedReps,
            partner.TierPinned,
            gap is null ? null : new NextTierResponse(gap.Tier, gap.RevenueGap, gap.CertifiedRepsGap));
    }
}
