using ChannelPlatform.Application.Messaging;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Partners.Application.Abstractions;
using Partners.Application.Metrics;
using Partners.Domain.Model;
using Partners.Domain.Tiers;

namespace Partners.Application.Tiers.ReviewTiers;

public sealed record ReviewTiersCommand : ICommand<TierReviewResult>, ITransactional;

public sealed record TierChangeResponse(Guid PartnerId, string Name, PartnerTier FromTier, PartnerTier ToTier);

public sealed record TierReviewResult(DateTimeOffset ReviewedAt, int Reviewed, int Promoted, int Demoted, IReadOnlyList<TierChangeResponse> Changes);

/// <summary>The quarterly review: every active or suspended partner takes the tier its numbers qualify for; demotion happens only here.</summary>
public sealed class ReviewTiersHandler(IPartnersDbContext db, TimeProvider clock) : ICommandHandler<ReviewTiersCommand, TierReviewResult>
{
    public async ValueTask<TierReviewResult> Handle(ReviewTiersCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var inReview = db.Partners.Where(p => p.Status == PartnerStatus.Active || p.Status == PartnerStatus.Suspended);
        var partners = await inReview.ToListAsync(cancellationToken);
        var metrics = await db.ForPartnersAsync(inReview.Select(p => p.Id), today, cancellationToken);
        var program = await db.GetTierProgramAsync(cancellationToken);
        var changes = new List<TierChangeResponse>();
        foreach (var partner in partners)
        {
            var m = metrics.GetValueOrDefault(partner.Id, new PartnerMetrics(0m, 0));
            var from = partner.Tier ?? PartnerTier.Registered;
            var qualified = program.QualifiedTier(m.TrailingTwelveMonthRevenue, m.CertifiedReps);
            if (partner.Review(qualified, program[qualified], now))
                changes.Add(new TierChangeResponse(partner.Id, partner.Name, from, qualified));
        }

        return new TierReviewResult(now, partners.Count, changes.Count(c => c.ToTier > c.FromTier), changes.Count(c => c.ToTier < c.FromTier), changes);
    }
}
