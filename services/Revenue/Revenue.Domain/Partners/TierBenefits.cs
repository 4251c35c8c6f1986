namespace Revenue.Domain.Partners;

/// <summary>
/// A tier's money terms (margin bonus, MDF percent) as the latest tier-program edit set them
/// (partner.tier-program-updated). Edits arrive in any order: the highest version wins.
/// </summary>
public sealed class TierBenefits
{
    private TierBenefits()
    {
    }

    public PartnerTier Tier { get; private set; }

    public decimal MarginBonusPercent { get; private set; }

    public decimal MdfPercent { get; private set; }

    public int Version { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static TierBenefits Unknown(PartnerTier tier) => new() { Tier = tier, UpdatedAt = DateTimeOffset.MinValue };

    /// <returns>False for an edit older than (or the same as) the one already applied.</returns>
    public bool Apply(decimal marginBonusPercent, decimal mdfPercent, int version, DateTimeOffset at)
    {
        if (version <= Version)
            return false;
        MarginBonusPercent = marginBonusPercent;
        MdfPercent = mdfPercent;
        Version = version;
        UpdatedAt = at;
        return true;
    }
}
