using ChannelPlatform.Application;
using Partners.Domain.Tiers;

namespace Partners.Application.Tiers;

public sealed record TierResponse(PartnerTier Tier, decimal MinTrailingRevenue, int MinCertifiedReps, decimal MarginBonusPercent, decimal MdfPercent, int ProtectionDays, string Version) : IVersioned;

public static class TierMapping
{
    public static TierResponse ToResponse(this TierDefinition t) =>
        new(t.Tier, t.MinTrailingRevenue, t.MinCertifiedReps, t.MarginBonusPercent, t.MdfPercent, t.ProtectionDays, $"v{t.Version}");
}
