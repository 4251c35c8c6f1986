using ChannelPlatform.SharedKernel;

namespace Partners.Domain.Tiers;

public sealed record TierProgramUpdated(TierDefinition Definition, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>
/// One tier's thresholds and benefits, set by the channel team. An edit is published, so the services
/// that apply a tier's benefits (protection days, margin bonus, MDF percent) follow it at once for
/// every partner on the tier, not only at each partner's next tier change.
/// </summary>
public sealed class TierDefinition : AggregateRoot
{
    private TierDefinition()
    {
    }

    public TierDefinition(PartnerTier tier, decimal minTrailingRevenue, int minCertifiedReps, decimal marginBonusPercent, decimal mdfPercent, int protectionDays)
    {
        Id = IdOf(tier);
        Tier = tier;
        Set(minTrailingRevenue, minCertifiedReps, marginBonusPercent, mdfPercent, protectionDays);
        IncrementVersion(); // a defined tier starts at version 1, as the seeded defaults do
    }

    public PartnerTier Tier { get; private set; }

    public decimal MinTrailingRevenue { get; private set; }

    public int MinCertifiedReps { get; private set; }

    public decimal MarginBonusPercent { get; private set; }

    public decimal MdfPercent { get; private set; }

    public int ProtectionDays { get; private set; }

    /// <summary>The program's defaults (CONTRACT.md), as new objects each time.</summary>
    public static IReadOnlyList<TierDefinition> Defaults =>
    [
        new(PartnerTier.Registered, 0m, 0, 0m, 0m, 60),
        new(PartnerTier.Silver, 100_000m, 2, 2m, 1m, 90),
        new(PartnerTier.Gold, 500_000m, 5, 4m, 2m, 90),
        new(PartnerTier.Platinum, 1_000_000m, 10, 6m, 3m, 120),
    ];

    /// <summary>A fixed id per tier (the tier is the key): the outbox keeps one tier's edits in order by it.</summary>
    public static Guid IdOf(PartnerTier tier) => new($"00000000-0000-7000-8000-{(int)tier + 1:D12}");

    public void Update(
        decimal minTrailingRevenue, int minCertifiedReps, decimal marginBonusPercent, decimal mdfPercent, int protectionDays, DateTimeOffset now)
    {
        Set(minTrailingRevenue, minCertifiedReps, marginBonusPercent, mdfPercent, protectionDays);
        Raise(new TierProgramUpdated(this, now));
    }

    private void Set(decimal minTrailingRevenue, int minCertifiedReps, decimal marginBonusPercent, decimal mdfPercent, int protectionDays)
    {
        if (minTrailingRevenue < 0)
            throw new InvalidValueException("minTrailingRevenue", "minTrailingRevenue must not be negative.");
        if (minCertifiedReps < 0)
            throw new InvalidValueException("minCertifiedReps", "minCertifiedReps must not be negative.");
        if (marginBonusPercent is < 0 or > 100)
            throw new InvalidValueException("marginBonusPercent", "marginBonusPercent must be between 0 and 100.");
        if (mdfPercent is < 0 or > 100)
            throw new InvalidValueException("mdfPercent", "mdfPercent must be between 0 and 100.");
        if (protectionDays is < 1 or > 365)
            throw new InvalidValueException("protectionDays", "protectionDays must be between 1 and 365.");
        MinTrailingRevenue = minTrailingRevenue;
        MinCertifiedReps = minCertifiedReps;
        MarginBonusPercent = marginBonusPercent;
        MdfPercent = mdfPercent;
        ProtectionDays = protectionDays;
    }

    public bool IsMetBy(decimal trailingRevenue, int certifiedReps) =>
        trailingRevenue >= MinTrailingRevenue && certifiedReps >= MinCertifiedReps;
}
