namespace Partners.Domain.Tiers;

/// <summary>Program tiers, in ascending order: a higher value is a higher tier.</summary>
public enum PartnerTier
{
    Registered,
    Silver,
    Gold,
    Platinum,
}
