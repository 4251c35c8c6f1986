using ChannelPlatform.SharedKernel;

namespace Partners.Domain.Tiers;

/// <summary>The four tiers together: which tier a partner's numbers qualify for, and what the next one needs.</summary>
public sealed class TierProgram
{
    private readonly IReadOnlyList<TierDefinition> _tiers;

    public TierProgram(IEnumerable<TierDefinition> tiers)
    {
        _tiers = [.. tiers.OrderBy(t => t.Tier)];
        if (_tiers.Count != Enum.GetValues<PartnerTier>().Length)
            throw new InvalidOperationException("The tier program must define every tier.");
    }

    public TierDefinition this[PartnerTier tier] => _tiers.Single(t => t.Tier == tier);

    public PartnerTier QualifiedTier(decimal trailingRevenue, int certifiedReps) =>
        _tiers.Where(t => t.IsMetBy(trailingRevenue, certifiedReps)).Select(t => t.Tier).DefaultIfEmpty(PartnerTier.Registered).Max();

    public TierGap? NextTierGap(PartnerTier current, decimal trailingRevenue, int certifiedReps)
    {
        if (current == PartnerTier.Platinum)
            return null;
        var next = this[current + 1];
        return new TierGap(
            next.Tier,
            Math.Max(0m, next.MinTrailingRevenue - trailingRevenue),
            Math.Max(0, next.MinCertifiedReps - certifiedReps));
    }

    /// <summary>Thresholds must not fall as tiers rise, or "promotion" would mean nothing.</summary>
    public void EnsureAscending()
    {
        for (var i = 1; i < _tiers.Count; i++)
        {
            if (_tiers[i].MinTrailingRevenue < _tiers[i - 1].MinTrailingRevenue || _tiers[i].MinCertifiedReps < _tiers[i - 1].MinCertifiedReps)
                throw new BusinessRuleViolationException(new TierThresholdsMustAscend(_tiers[i - 1].Tier, _tiers[i].Tier));
        }
    }

    private sealed record TierThresholdsMustAscend(PartnerTier Lower, PartnerTier Higher) : IBusinessRule
    {
        public bool IsBroken() => true;

        public string Message => $"{Higher} thresholds must be at least {Lower}'s.";
    }
}

public sealed record TierGap(PartnerTier Tier, decimal RevenueGap, int CertifiedRepsGap);
